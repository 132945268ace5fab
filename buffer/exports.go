package buffer

import (
	"unicode/utf8"

	"github.com/dop251/goja"
)

// buildExports assembles the module's exports object.
func (m *module) buildExports() {
	vm := m.vm
	e := vm.NewObject()
	m.exports = e
	slow := m.constructor("SlowBuffer", 1, m.slowBuffer, true)
	_ = slow.Set("prototype", vm.NewObject())
	_ = slow.Get("prototype").(*goja.Object).SetPrototype(m.u8.Get("prototype").(*goja.Object))

	constants := vm.NewObject()
	_ = constants.Set("MAX_LENGTH", MaxLength)
	_ = constants.Set("MAX_STRING_LENGTH", MaxStringLength)

	for _, kv := range []struct {
		name  string
		value any
	}{
		{"Buffer", m.ctor},
		{"SlowBuffer", slow},
		{"transcode", m.function("transcode", 3, m.transcode)},
		{"isUtf8", m.function("isUtf8", 1, m.validator("isUtf8", utf8.Valid))},
		{"isAscii", m.function("isAscii", 1, m.validator("isAscii", isASCII))},
		{"kMaxLength", MaxLength},
		{"kStringMaxLength", MaxStringLength},
		{"btoa", m.function("btoa", 1, m.btoa)},
		{"atob", m.function("atob", 1, m.atob)},
		{"constants", constants},
	} {
		_ = e.Set(kv.name, kv.value)
	}
	_ = e.DefineAccessorProperty("INSPECT_MAX_BYTES",
		m.function("get", 0, func(goja.FunctionCall) goja.Value { return vm.ToValue(m.inspectMaxBytes) }),
		m.function("set", 1, func(call goja.FunctionCall) goja.Value {
			v := call.Argument(0)
			if f := m.validateNumber(v, "INSPECT_MAX_BYTES"); !(f >= 0) {
				m.throwOutOfRange("INSPECT_MAX_BYTES", ">= 0", v)
			}
			m.inspectMaxBytes = v.ToInteger()
			return goja.Undefined()
		}),
		goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// validator returns isUtf8 or isAscii: test applied to the bytes of a
// TypedArray or ArrayBuffer.
func (m *module) validator(name string, test func([]byte) bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		input := call.Argument(0)
		b, kind := m.view(input)
		if kind == notBytes || kind == kindDataView {
			m.throwInvalidArgType("input", "an instance of ArrayBuffer, Buffer, or TypedArray", input)
		}
		return m.vm.ToValue(test(b))
	}
}
