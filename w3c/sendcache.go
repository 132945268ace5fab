package w3c

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
)

var typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})

// maxRepeat is the largest buffer or view repeatSend keeps: a script
// sends the same small message again and again (a heartbeat, a
// benchmark's ping), while a large one costs its copy far more than the
// export, and keeping it would keep its memory alive.
const maxRepeat = 64 << 10

// repeatSend remembers the ArrayBuffer, typed array or DataView send() was
// last given, so that when the script sends that very object again its
// bytes come from the buffer's Go handle: goja's Export of a view boxes a
// fresh slice for each call (two allocations, some 700 instructions with
// the probe for a detached buffer that comes before it).
type repeatSend struct {
	obj    *goja.Object     // the object last sent, if small
	known  bool             // buf, off and n describe obj
	buf    goja.ArrayBuffer // obj's buffer: its Bytes are nil once detached
	off, n int
}

// lookup returns the bytes of o if o is the object remembered and its
// buffer is still attached.
func (c *repeatSend) lookup(o *goja.Object) ([]byte, bool) {
	if !c.known || o != c.obj {
		return nil, false
	}
	data := c.buf.Bytes()
	if len(data) < c.off+c.n { // detached
		return nil, false
	}
	return data[c.off : c.off+c.n], true
}

// bufferOf returns the ArrayBuffer under o and o's offset in it: o itself
// if it is an ArrayBuffer, else what its buffer and byteOffset say.
func bufferOf(o *goja.Object) (ab goja.ArrayBuffer, off int, ok bool) {
	if o.ExportType() == typeArrayBuffer {
		return o.Export().(goja.ArrayBuffer), 0, true
	}
	ab, ok = o.Get("buffer").Export().(goja.ArrayBuffer)
	return ab, int(o.Get("byteOffset").ToInteger()), ok
}

// remember notes that v, whose bytes are b, was sent. The second send in
// a row of the same object looks up its buffer and offset, once, and checks
// that they give exactly b (a script may have shadowed buffer or
// byteOffset with properties of its own); later sends then find the bytes
// with lookup.
func (c *repeatSend) remember(v goja.Value, b []byte) {
	o, _ := v.(*goja.Object)
	if o != c.obj {
		c.obj, c.known = nil, false
		if len(b) > 0 && len(b) <= maxRepeat {
			c.obj = o
		}
		return
	}
	if c.known || c.obj == nil {
		return
	}
	ab, off, ok := bufferOf(o)
	if !ok {
		c.obj = nil
		return
	}
	data := ab.Bytes()
	if off < 0 || off+len(b) > len(data) || unsafe.SliceData(data[off:]) != unsafe.SliceData(b) {
		c.obj = nil
		return
	}
	c.buf, c.off, c.n, c.known = ab, off, len(b), true
}

// repeatText remembers the string send() was last given, if not longer
// than maxRepeat, with its UTF-8 bytes, so that a script sending the same
// text again and again (a heartbeat, a benchmark's ping) has it encoded
// once, not at each send: some 400 instructions and an allocation for 64
// characters. The sends share the bytes, which is safe as nothing writes
// to the bytes handed to a transport.
type repeatText struct {
	s goja.String
	b []byte
}

// utf8 returns the UTF-8 bytes of s, lone surrogates becoming U+FFFD.
func (c *repeatText) utf8(s goja.String) []byte {
	if c.s != nil && s.SameAs(c.s) {
		return c.b
	}
	b := buffer.StringToBytes(s, buffer.UTF8)
	c.s, c.b = nil, nil
	if len(b) <= maxRepeat {
		c.s, c.b = s, b
	}
	return b
}
