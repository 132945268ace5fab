package webapi

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// decoderState is the Go side of a TextDecoder.
type decoderState struct {
	Opaque
	d        *Decoder
	streamed bool // decode was once called with {stream: true}
}

// fastPath reports whether Node 20 would decode on its fast path, which
// does not check the options argument: UTF-8 and latin1 decoders that have
// never streamed.
func (st *decoderState) fastPath() bool {
	return !st.streamed && (st.d.Encoding() == "utf-8" || st.d.Encoding() == "windows-1252")
}

// newTextDecoderClass builds TextDecoder.
func (r *realm) newTextDecoderClass() *Class {
	vm := r.vm
	c := r.newClass("TextDecoder", 0, nil, func(this *goja.Object, args []goja.Value) {
		label := "utf-8"
		if l := argOrUndefined(args, 0); !goja.IsUndefined(l) {
			label = toDOMString(vm, l).String()
		}
		opts := objectOption(vm, argOrUndefined(args, 1), "options")
		var fatal, ignoreBOM bool
		if opts != nil {
			fatal, ignoreBOM = truthy(opts.Get("fatal")), truthy(opts.Get("ignoreBOM"))
		}
		d, err := NewDecoder(label, fatal, ignoreBOM)
		if err != nil {
			panic(nodeerr.RangeError(vm, "ERR_ENCODING_NOT_SUPPORTED", `The "`+label+`" encoding is not supported`))
		}
		hiddenState.Attach(vm, this, &decoderState{d: d})
	})
	thisState := func(call goja.FunctionCall) *decoderState {
		st, ok := StateOf[*decoderState](hiddenState, call.This)
		if !ok {
			panic(invalidThis(vm, "TextDecoder"))
		}
		return st
	}
	this := func(call goja.FunctionCall) *Decoder { return thisState(call).d }
	c.Method("decode", 0, func(call goja.FunctionCall) goja.Value {
		st := thisState(call)
		d := st.d
		var b []byte
		if in := call.Argument(0); !goja.IsUndefined(in) {
			var ok bool
			if b, ok = r.bufferSource(in); !ok {
				panic(nodeerr.TypeError(vm, "ERR_INVALID_ARG_TYPE",
					`The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.`))
			}
		}
		stream := false
		opts, isObj := call.Argument(1).(*goja.Object)
		if !st.fastPath() {
			opts, isObj = objectOption(vm, call.Argument(1), "options"), true
		}
		if isObj && opts != nil {
			stream = truthy(opts.Get("stream"))
		}
		st.streamed = st.streamed || stream
		s, err := d.Decode(b, stream)
		if err != nil {
			panic(nodeerr.TypeError(vm, "ERR_ENCODING_INVALID_ENCODED_DATA",
				"The encoded data was not valid for encoding "+d.Encoding()))
		}
		return vm.ToValue(s)
	})
	c.Accessor("encoding", func(call goja.FunctionCall) goja.Value { return vm.ToValue(this(call).Encoding()) }, nil)
	c.Accessor("fatal", func(call goja.FunctionCall) goja.Value { return vm.ToValue(this(call).Fatal()) }, nil)
	c.Accessor("ignoreBOM", func(call goja.FunctionCall) goja.Value { return vm.ToValue(this(call).IgnoreBOM()) }, nil)
	r.defineInspect(c.Proto, func(call goja.FunctionCall) goja.Value {
		d := this(call)
		fields := vm.NewObject()
		must(fields.Set("encoding", d.Encoding()))
		must(fields.Set("fatal", d.Fatal()))
		must(fields.Set("ignoreBOM", d.IgnoreBOM()))
		return r.inspectAs(call, fields)
	})
	return c
}
