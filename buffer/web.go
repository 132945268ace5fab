package buffer

import (
	"encoding/base64"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// atob implements the WHATWG atob(data) as Node does: forgiving base64,
// decoded to a latin1 string.
func (m *module) atob(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) == 0 {
		m.throwMissingArgs("input")
	}
	s := m.toJSString(call.Argument(0))
	if err := forgivingBase64Check(s.s); err != "" {
		m.throwInvalidCharacter(err)
	}
	return decodeToValue(m.vm, appendBase64(nil, s.latin1()), Latin1)
}

// forgivingBase64Check validates atob's input by the WHATWG rules: ASCII
// whitespace is ignored, '=' may only end the data (at most two), and the
// data length must not leave a single dangling character. It returns the
// DOMException message for bad input.
func forgivingBase64Check(s goja.String) string {
	const invalid = "Invalid character"
	count, pads := 0, 0
	for i := 0; i < s.Length(); i++ {
		c := s.CharAt(i)
		switch {
		case c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ':
			continue
		case c == '=':
			if pads++; pads > 2 {
				return invalid
			}
		case c < 0x80 && c != '-' && c != '_' && base64Values[c] != 0xFF:
			if pads > 0 {
				return invalid
			}
		default:
			return invalid
		}
		count++
	}
	rest := count % 4
	if rest == 0 {
		rest = (count - pads) % 4
	} else if pads > 0 {
		return invalid
	}
	if rest == 1 {
		return "The string to be decoded is not correctly encoded."
	}
	return ""
}

// btoa implements the WHATWG btoa(data): the latin1 string's bytes in
// base64.
func (m *module) btoa(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) == 0 {
		m.throwMissingArgs("input")
	}
	s := m.toJSString(call.Argument(0))
	for i := 0; i < s.s.Length(); i++ {
		if s.s.CharAt(i) > 0xFF {
			m.throwInvalidCharacter("Invalid character")
		}
	}
	return m.vm.ToValue(base64.StdEncoding.EncodeToString([]byte(s.latin1())))
}

// throwMissingArgs throws ERR_MISSING_ARGS for one argument.
func (m *module) throwMissingArgs(name string) {
	panic(nodeerr.TypeError(m.vm, "ERR_MISSING_ARGS", `The "`+name+`" argument must be specified`))
}

// throwInvalidCharacter throws an InvalidCharacterError DOMException, or an
// Error shaped like one (name and code 5) when the runtime has no
// DOMException.
func (m *module) throwInvalidCharacter(msg string) {
	const name = "InvalidCharacterError"
	if ctor, ok := goja.AssertConstructor(m.vm.Get("DOMException")); ok {
		if ex, err := ctor(nil, m.vm.ToValue(msg), m.vm.ToValue(name)); err == nil {
			panic(ex)
		}
	}
	ex, err := m.vm.New(m.vm.Get("Error"), m.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	_ = ex.DefineDataProperty("name", m.vm.ToValue(name), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ex.DefineDataProperty("code", m.vm.ToValue(5), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	panic(ex)
}
