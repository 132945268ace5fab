// Package stringdecoder is Node's "string_decoder" module: StringDecoder
// turns a stream of byte chunks into text without splitting a multi-byte
// character between chunks. Its Go types Decoder and UTF8 serve façades
// that decode streams themselves (socket setEncoding).
package stringdecoder

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/gomodule"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "string_decoder"

// Require fills module.exports for the module.
func Require(vm *goja.Runtime, module *goja.Object) {
	m := &Module{vm: vm, native: goja.NewSymbol("kNativeDecoder")}
	isView, ok := goja.AssertFunction(vm.Get("ArrayBuffer").ToObject(vm).Get("isView"))
	if !ok {
		panic("stringdecoder: ArrayBuffer.isView is missing")
	}
	m.isView = isView
	ctor := vm.ToValue(m.construct).(*goja.Object)
	proto := ctor.Get("prototype").(*goja.Object)
	m.writeFn = m.vm.ToValue(m.write).(*goja.Object)
	must(proto.Set("write", m.writeFn))
	must(proto.Set("end", m.end))
	must(proto.Set("text", m.text))
	m.getter(proto, "lastChar", m.lastChar)
	m.getter(proto, "lastNeed", func(d *Decoder) goja.Value { return vm.ToValue(d.s.missing) })
	m.getter(proto, "lastTotal", func(d *Decoder) goja.Value { return vm.ToValue(d.s.buffered + d.s.missing) })
	must(ctor.DefineDataProperty("name", vm.ToValue("StringDecoder"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(ctor.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	exports := vm.NewObject()
	must(exports.Set("StringDecoder", ctor))
	moduleKey.Mark(vm, exports, m)
	must(module.Set("exports", exports))
}

// moduleKey marks the exports object with the Go module behind it.
var moduleKey = gomodule.NewKey("nodeshim.string_decoder.module")

// Of returns the Go module behind the exports of require('string_decoder').
func Of(exports goja.Value) (*Module, bool) {
	return gomodule.Of[*Module](moduleKey, exports)
}

// DecoderOf returns the Go decoder behind v when v is a StringDecoder of
// the module whose write is the module's own, so that decoding a chunk
// with the Decoder is what v.write(chunk) would do; ok is false for any
// other value.
func (m *Module) DecoderOf(v goja.Value) (d *Decoder, ok bool) {
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false
	}
	native := obj.GetSymbol(m.native)
	if native == nil {
		return nil, false
	}
	if d, ok = native.Export().(*Decoder); !ok {
		return nil, false
	}
	if w, isObj := obj.Get("write").(*goja.Object); !isObj || w != m.writeFn {
		return nil, false
	}
	return d, true
}

// must panics on an error from defining a property on an object this
// package just made, which cannot happen.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// Module is the string_decoder module of one runtime: what its
// StringDecoder natives share, and the way for Go code (a stream that
// decodes in Go) to reach the decoder behind a StringDecoder.
type Module struct {
	vm      *goja.Runtime
	isView  goja.Callable
	writeFn *goja.Object // StringDecoder.prototype.write
	// native keys the non-enumerable property under which instances keep
	// their Go decoder, as Node keeps its native one.
	native *goja.Symbol
}

func (m *Module) construct(call goja.ConstructorCall) *goja.Object {
	encArg := call.Argument(0)
	name := ""
	if !goja.IsUndefined(encArg) && !goja.IsNull(encArg) {
		name = encArg.String()
	}
	enc, ok := ParseEncoding(name)
	if !ok {
		panic(nodeerr.TypeError(m.vm, "ERR_UNKNOWN_ENCODING", "Unknown encoding: "+name))
	}
	must(call.This.Set("encoding", enc.String()))
	must(call.This.DefineDataPropertySymbol(m.native, m.vm.ToValue(NewDecoder(enc)), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	return nil
}

// decoder returns the Go decoder behind this, or throws a TypeError.
func (m *Module) decoder(this goja.Value) *Decoder {
	if obj, ok := this.(*goja.Object); ok {
		if v := obj.GetSymbol(m.native); v != nil {
			if d, ok := v.Export().(*Decoder); ok {
				return d
			}
		}
	}
	panic(m.vm.NewTypeError("Illegal invocation"))
}

// getter defines an enumerable, configurable accessor on proto.
func (m *Module) getter(proto *goja.Object, name string, get func(*Decoder) goja.Value) {
	fn := m.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return get(m.decoder(call.This))
	})
	must(proto.DefineAccessorProperty(name, fn, nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// bytes returns the bytes of an ArrayBufferView argument, or throws
// ERR_INVALID_ARG_TYPE.
func (m *Module) bytes(v goja.Value) []byte {
	if ok, err := m.isView(nil, v); err != nil || !ok.ToBoolean() {
		panic(nodeerr.InvalidArgType(m.vm, "buf", "an instance of Buffer, TypedArray, or DataView", v))
	}
	var b []byte
	if err := m.vm.ExportTo(v, &b); err != nil {
		panic(m.vm.NewGoError(err))
	}
	return b
}

func (m *Module) write(call goja.FunctionCall) goja.Value {
	d := m.decoder(call.This)
	buf := call.Argument(0)
	if goja.IsString(buf) {
		return buf
	}
	return d.Write(m.vm, m.bytes(buf))
}

func (m *Module) end(call goja.FunctionCall) goja.Value {
	d := m.decoder(call.This)
	buf := call.Argument(0)
	if goja.IsUndefined(buf) {
		return d.End(m.vm)
	}
	var head goja.Value = buf
	if !goja.IsString(buf) {
		head = d.Write(m.vm, m.bytes(buf))
	}
	return concat(head, d.End(m.vm))
}

// text implements the legacy text(buf, offset): forget held bytes, then
// decode buf from offset on.
func (m *Module) text(call goja.FunctionCall) goja.Value {
	d := m.decoder(call.This)
	b := m.bytes(call.Argument(0))
	offset := int(call.Argument(1).ToInteger())
	offset = max(0, min(offset, len(b)))
	d.s.reset()
	return d.Write(m.vm, b[offset:])
}

// lastChar returns a copy of the held-back bytes buffer, as a Buffer when
// the runtime has one.
func (m *Module) lastChar(d *Decoder) goja.Value {
	held := d.s.held
	ab := m.vm.NewArrayBuffer(held[:])
	u8, err := m.vm.New(m.vm.Get("Uint8Array"), m.vm.ToValue(ab))
	if err != nil {
		panic(err)
	}
	if buffer, ok := m.vm.Get("Buffer").(*goja.Object); ok {
		if proto, ok := buffer.Get("prototype").(*goja.Object); ok {
			must(u8.SetPrototype(proto))
		}
	}
	return u8
}

// concat joins two JavaScript strings without a trip through Go strings,
// which would lose lone surrogates.
func concat(a, b goja.Value) goja.Value {
	return a.ToString().(goja.String).Concat(b.ToString().(goja.String))
}
