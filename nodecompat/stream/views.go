package stream

import (
	"reflect"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
)

// typeBytes is what a Uint8Array (or Uint8ClampedArray) exports as.
var typeBytes = reflect.TypeOf([]byte(nil))

// viewCache remembers the bytes under the Uint8Arrays pushed and written
// last, so that writing one of them (an echo writes the chunk it was just
// given, a client its one message again and again) costs no Export, which
// allocates. A typed array's view of its buffer never changes; only
// detaching the buffer takes its bytes away, which a probe of the first
// element tells, as buffer.Bytes itself finds out. Pushed and written
// arrays are kept apart, so that the chunks read do not push out a
// message written over and over.
type viewCache struct {
	pushed, written viewRing
}

// viewRing holds the last few Uint8Arrays of one kind and their bytes.
type viewRing struct {
	entries [2]viewEntry
	next    int // the entry the next one replaces
}

// viewEntry is a Uint8Array and its bytes.
type viewEntry struct {
	obj *goja.Object
	b   []byte
}

// add records b as the bytes of the Uint8Array obj.
func (r *viewRing) add(obj *goja.Object, b []byte) {
	r.entries[r.next] = viewEntry{obj, b}
	r.next = (r.next + 1) % len(r.entries)
}

// find returns the entry of obj, or nil.
func (r *viewRing) find(obj *goja.Object) *viewEntry {
	for i := range r.entries {
		if e := &r.entries[i]; e.obj == obj {
			return e
		}
	}
	return nil
}

// pushedChunk records b as the bytes of chunk, a Buffer over them that
// was just made.
func (c *viewCache) pushedChunk(chunk *goja.Object, b []byte) {
	c.pushed.add(chunk, b)
}

// bytes is buffer.Bytes(vm, v), remembering the Uint8Arrays it reads.
func (c *viewCache) bytes(vm *goja.Runtime, v goja.Value) ([]byte, bool) {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return buffer.Bytes(vm, v)
	}
	e := c.written.find(o)
	if e == nil {
		e = c.pushed.find(o)
	}
	if e != nil {
		if len(e.b) > 0 && o.Get("0") == nil {
			return nil, true // detached
		}
		return e.b, true
	}
	b, ok := buffer.Bytes(vm, v)
	// A Go slice given to JavaScript exports as []byte too, but as an
	// Array whose slice a script can replace; only typed arrays are
	// remembered.
	if ok && len(b) > 0 && o.ExportType() == typeBytes && o.ClassName() != "Array" {
		c.written.add(o, b)
	}
	return b, ok
}
