package w3c

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// blobData is the Go side of a Blob: immutable bytes and a MIME type.
type blobData struct {
	webapi.Opaque
	b   []byte
	typ string
}

// newBlobClass builds Blob: new Blob([parts], {type}), size, type,
// slice(), arrayBuffer(), text() and bytes(). A Blob's bytes are held in
// memory and never change, so they can be shared between Blobs and sent
// without a copy.
func (r *realm) newBlobClass() *webapi.Class {
	vm := r.vm
	c := webapi.NewClass(vm, "Blob", 0, nil, func(this *goja.Object, args []goja.Value) {
		c := constructing("Blob")
		b := &blobData{}
		if parts := arg(args, 0); !isAbsent(parts) {
			b.b = r.blobParts(c, parts)
		}
		if opts := r.dictionary(c, arg(args, 1), "BlobPropertyBag"); opts != nil {
			if v := member(opts, "type"); v != nil {
				b.typ = normalizeType(r.toDOMString(c, v))
			}
			if v := member(opts, "endings"); v != nil {
				r.toEnum(c, "EndingType", v, "transparent", "native")
			}
		}
		hiddenState.Attach(vm, this, b)
	})
	self := func(call goja.FunctionCall) *blobData {
		b, ok := webapi.StateOf[*blobData](hiddenState, call.This)
		if !ok {
			panic(r.illegal())
		}
		return b
	}
	c.Accessor("size", func(call goja.FunctionCall) goja.Value { return vm.ToValue(len(self(call).b)) }, nil)
	c.Accessor("type", func(call goja.FunctionCall) goja.Value { return vm.ToValue(self(call).typ) }, nil)
	c.Method("slice", 0, func(call goja.FunctionCall) goja.Value {
		b := self(call)
		ct := executing("slice", "Blob")
		n := int64(len(b.b))
		start, end := int64(0), n
		if v := call.Argument(0); !isAbsent(v) {
			start = relativeIndex(r.enforceRange(ct, "start", v, -(1<<53), 1<<53, "long long"), n)
		}
		if v := call.Argument(1); !isAbsent(v) {
			end = relativeIndex(r.enforceRange(ct, "end", v, -(1<<53), 1<<53, "long long"), n)
		}
		typ := ""
		if v := call.Argument(2); !isAbsent(v) {
			typ = normalizeType(r.toDOMString(ct, v))
		}
		end = max(end, start)
		return r.newBlob(b.b[start:end:end], typ)
	})
	c.Method("arrayBuffer", 0, func(call goja.FunctionCall) goja.Value {
		b := self(call)
		return r.resolved(vm.ToValue(vm.NewArrayBuffer(clone(b.b))))
	})
	c.Method("bytes", 0, func(call goja.FunctionCall) goja.Value {
		b := self(call)
		return r.resolved(r.uint8Array(clone(b.b)))
	})
	c.Method("text", 0, func(call goja.FunctionCall) goja.Value {
		b := self(call)
		return r.resolved(vm.ToValue(decodeUTF8(b.b)))
	})
	return c
}

// relativeIndex resolves a slice index as Blob.slice does: negative values
// count from the end, and the result is clamped to [0, n].
func relativeIndex(i, n int64) int64 {
	if i < 0 {
		return max(n+i, 0)
	}
	return min(i, n)
}

// normalizeType lower-cases a MIME type, or returns "" if it has characters
// outside printable ASCII, as the File API says.
func normalizeType(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] < 0x20 || t[i] > 0x7e {
			return ""
		}
	}
	return strings.ToLower(t)
}

// blobParts concatenates a sequence of BlobParts: ArrayBuffers, views,
// Blobs, and anything else converted to a string (UTF-8).
func (r *realm) blobParts(c ctx, v goja.Value) []byte {
	o, ok := v.(*goja.Object)
	if !ok {
		panic(r.typeError(c, "The provided value cannot be converted to a sequence."))
	}
	if !isArray(o) {
		if it := o.GetSymbol(goja.SymIterator); isNullish(it) {
			panic(r.typeError(c, "The object must have a callable @@iterator property."))
		}
		o = r.arrayFrom(o)
	}
	n := int(o.Get("length").ToInteger())
	var out []byte
	for i := range n {
		part := o.Get(strconv.Itoa(i))
		if b, ok := webapi.StateOf[*blobData](hiddenState, part); ok {
			out = append(out, b.b...)
			continue
		}
		if b, ok := r.bufferSource(part); ok {
			out = append(out, b...)
			continue
		}
		out = append(out, r.utf8(c, part)...)
	}
	return out
}

// arrayFrom returns Array.from(o).
func (r *realm) arrayFrom(o *goja.Object) *goja.Object {
	v, err := r.in.arrayFrom(goja.Undefined(), o)
	must(err)
	return v.(*goja.Object)
}

// newBlob returns a Blob over b, which must not change afterwards.
func (r *realm) newBlob(b []byte, typ string) *goja.Object {
	obj := r.vm.CreateObject(r.blob.Proto)
	hiddenState.Attach(r.vm, obj, &blobData{b: b, typ: typ})
	return obj
}

// resolved returns a promise resolved with v.
func (r *realm) resolved(v goja.Value) goja.Value {
	p, resolve, _ := r.vm.NewPromise()
	must(resolve(v))
	return r.vm.ToValue(p)
}

// bufferSource returns the bytes of an ArrayBuffer, a TypedArray or a
// DataView (a Buffer included), without copying.
func (r *realm) bufferSource(v goja.Value) ([]byte, bool) {
	if !isObject(v) {
		return nil, false
	}
	return buffer.Bytes(r.vm, v)
}

// utf8 converts v to a string (WebIDL USVString) and returns its UTF-8
// bytes, lone surrogates becoming U+FFFD.
func (r *realm) utf8(c ctx, v goja.Value) []byte {
	if _, ok := v.(*goja.Symbol); ok {
		panic(r.typeError(c, "Cannot convert a Symbol value to a string."))
	}
	return buffer.StringToBytes(v, buffer.UTF8)
}

// uint8Array returns a Uint8Array over b, without copying.
func (r *realm) uint8Array(b []byte) goja.Value {
	o, err := r.vm.New(r.in.uint8Array, r.vm.ToValue(r.vm.NewArrayBuffer(b)))
	must(err)
	return o
}

// clone returns a copy of b that is never nil.
func clone(b []byte) []byte {
	return append(make([]byte, 0, len(b)), b...)
}

// decodeUTF8 decodes bytes as TextDecoder does (invalid sequences become
// U+FFFD; a leading byte order mark is dropped).
func decodeUTF8(b []byte) string {
	d, _ := webapi.NewDecoder("utf-8", false, false)
	s, _ := d.Decode(b, false)
	return s
}
