package stream

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
)

// typeBytes is what a Uint8Array (or Uint8ClampedArray) exports as.
var typeBytes = reflect.TypeOf([]byte(nil))

// maxRememberedWrite bounds the arrays viewCache remembers once written,
// so that a large buffer a script drops is not kept alive by the cache;
// Exporting it again costs little beside writing that much.
const maxRememberedWrite = 64 << 10

// viewCache remembers the bytes under the chunk being pushed and the
// Uint8Arrays written last, so that writing one of them (an echo writes
// the chunk it was just given, a client its one message again and again)
// costs no Export, which allocates. A typed array's view of its buffer
// never changes; only detaching the buffer takes its bytes away, which the
// ArrayBuffer of a remembered array tells (Detached), or else a probe of
// the first element, as buffer.Bytes itself finds out. Looking the
// ArrayBuffer up once when an array is remembered spares the probe, a
// property read, at every write of it.
type viewCache struct {
	pushed  viewEntry    // the chunk whose push is under way
	written [2]viewEntry // the last arrays written, of up to maxRememberedWrite bytes
	next    int          // the entry of written the next one replaces
}

// viewEntry is a Uint8Array and its bytes, with its ArrayBuffer when
// known (hasBuffer).
type viewEntry struct {
	obj       *goja.Object
	b         []byte
	buf       goja.ArrayBuffer
	hasBuffer bool
}

// push records b as the bytes of chunk, a Buffer over them just made, for
// the time of its push; it returns what to give pushDone afterwards.
func (c *viewCache) push(chunk *goja.Object, b []byte) (saved viewEntry) {
	saved, c.pushed = c.pushed, viewEntry{obj: chunk, b: b}
	return saved
}

// pushDone ends the push that push started (pushes may nest).
func (c *viewCache) pushDone(saved viewEntry) {
	c.pushed = saved
}

// bytes is buffer.Bytes(vm, v), remembering the Uint8Arrays it reads.
func (c *viewCache) bytes(vm *goja.Runtime, v goja.Value) ([]byte, bool) {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return buffer.Bytes(vm, v)
	}
	e := c.find(o)
	if e != nil {
		if e.detached() {
			return nil, true
		}
		return e.b, true
	}
	b, ok := buffer.Bytes(vm, v)
	// A Go slice given to JavaScript exports as []byte too, but as an
	// Array whose slice a script can replace; only typed arrays are
	// remembered.
	if ok && len(b) > 0 && len(b) <= maxRememberedWrite && o.ExportType() == typeBytes && o.ClassName() != "Array" {
		e := viewEntry{obj: o, b: b}
		e.buf, e.hasBuffer = arrayBufferOf(o, b)
		c.written[c.next] = e
		c.next = (c.next + 1) % len(c.written)
	}
	return b, ok
}

// find returns the entry of obj, or nil.
func (c *viewCache) find(obj *goja.Object) *viewEntry {
	if c.pushed.obj == obj {
		return &c.pushed
	}
	for i := range c.written {
		if e := &c.written[i]; e.obj == obj {
			return e
		}
	}
	return nil
}

// detached tells whether the buffer under a remembered array has been
// detached since.
func (e *viewEntry) detached() bool {
	if e.hasBuffer {
		return e.buf.Detached()
	}
	return len(e.b) > 0 && e.obj.Get("0") == nil
}

// arrayBufferOf returns the ArrayBuffer under the typed array o, whose
// bytes are b (not empty): what its buffer property gives, if that holds
// b (a script may have made the property give something else).
func arrayBufferOf(o *goja.Object, b []byte) (goja.ArrayBuffer, bool) {
	v, ok := o.Get("buffer").(*goja.Object)
	if !ok {
		return goja.ArrayBuffer{}, false
	}
	ab, ok := v.Export().(goja.ArrayBuffer)
	if !ok {
		return goja.ArrayBuffer{}, false
	}
	data := ab.Bytes()
	if len(data) == 0 {
		return goja.ArrayBuffer{}, false
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return ab, p >= start && p+uintptr(len(b)) <= start+uintptr(len(data))
}
