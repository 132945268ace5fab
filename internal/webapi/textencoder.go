package webapi

import (
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// encoderState marks a TextEncoder.
type encoderState struct{ Opaque }

// newTextEncoderClass builds TextEncoder (UTF-8 only, as the standard says).
func (r *realm) newTextEncoderClass() *Class {
	vm := r.vm
	c := r.newClass("TextEncoder", 0, nil, func(this *goja.Object, _ []goja.Value) {
		hiddenState.Attach(vm, this, &encoderState{})
	})
	check := func(call goja.FunctionCall) {
		if _, ok := StateOf[*encoderState](hiddenState, call.This); !ok {
			panic(invalidThis(vm, "TextEncoder"))
		}
	}
	c.Accessor("encoding", func(call goja.FunctionCall) goja.Value {
		check(call)
		return vm.ToValue("utf-8")
	}, nil)
	c.Method("encode", 0, func(call goja.FunctionCall) goja.Value {
		check(call)
		s := ""
		if in := call.Argument(0); !goja.IsUndefined(in) {
			s = toDOMString(vm, in).String() // lone surrogates become U+FFFD
		}
		return r.newUint8Array([]byte(s))
	})
	c.Method("encodeInto", 2, func(call goja.FunctionCall) goja.Value {
		check(call)
		src, ok := call.Argument(0).(goja.String)
		if !ok {
			panic(nodeerr.InvalidArgType(vm, "src", "of type string", call.Argument(0)))
		}
		dest := call.Argument(1)
		if r.typedArrayName(dest) != "Uint8Array" {
			panic(nodeerr.InvalidArgType(vm, "dest", "an instance of Uint8Array", dest))
		}
		read, written := encodeInto(viewBytes(vm, dest.(*goja.Object)), src)
		res := vm.NewObject()
		must(res.Set("read", read))
		must(res.Set("written", written))
		return res
	})
	r.defineInspect(c.Proto, func(call goja.FunctionCall) goja.Value {
		check(call)
		fields := vm.NewObject()
		must(fields.Set("encoding", "utf-8"))
		return fields
	})
	return c
}

// encodeInto writes the UTF-8 of s into dst, whole characters only, and
// returns the UTF-16 code units read and the bytes written.
func encodeInto(dst []byte, s goja.String) (read, written int) {
	n := s.Length()
	for read < n {
		r, units := rune(s.CharAt(read)), 1
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
			if read+1 < n {
				if pair := utf16.DecodeRune(rune(s.CharAt(read)), rune(s.CharAt(read+1))); pair != utf8.RuneError {
					r, units = pair, 2
				}
			}
		}
		size := utf8.RuneLen(r)
		if written+size > len(dst) {
			break
		}
		utf8.EncodeRune(dst[written:], r)
		read += units
		written += size
	}
	return read, written
}
