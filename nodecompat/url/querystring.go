package url

import (
	"math"
	"math/big"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/utf8lossy"
	"github.com/nodeshim/nodeshim/nodecompat/url/whatwg"
)

// QuerystringModuleName is the name scripts pass to require() for the
// querystring module, which this package also provides.
const QuerystringModuleName = "querystring"

// Escape percent-encodes s as querystring.escape does: everything but
// letters, digits and -._~!'()* is escaped as UTF-8.
func Escape(s string) string {
	return escapeExcept(s, "-._~!'()*")
}

// escapeExcept percent-encodes every byte of s but ASCII letters, digits
// and the bytes in keep, with upper-case hex digits as Node writes them.
func escapeExcept(s, keep string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isAlnum(c) || strings.IndexByte(keep, c) >= 0 {
			sb.WriteByte(c)
			continue
		}
		sb.WriteByte('%')
		sb.WriteByte(upperHexDigits[c>>4])
		sb.WriteByte(upperHexDigits[c&15])
	}
	return sb.String()
}

// Unescape decodes percent-escapes as querystring.unescape does: invalid
// escapes stay, and invalid UTF-8 becomes U+FFFD.
func Unescape(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	return utf8lossy.String(whatwg.PercentDecode(s))
}

// RequireQuerystring fills module.exports for the querystring module.
func RequireQuerystring(vm *goja.Runtime, module *goja.Object) {
	q := &qsModule{vm: vm}
	exports := vm.NewObject()
	must(exports.Set("unescapeBuffer", q.unescapeBuffer))
	must(exports.Set("unescape", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(Unescape(call.Argument(0).String()))
	}))
	must(exports.Set("escape", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(Escape(call.Argument(0).String()))
	}))
	must(exports.Set("stringify", q.stringify))
	must(exports.Set("encode", exports.Get("stringify")))
	must(exports.Set("parse", q.parse))
	must(exports.Set("decode", exports.Get("parse")))
	must(module.Set("exports", exports))
}

// qsModule holds the runtime of the querystring natives.
type qsModule struct {
	vm *goja.Runtime
}

// separator returns String(v), or def when v is falsy.
func separator(v goja.Value, def string) string {
	if v == nil || !v.ToBoolean() {
		return def
	}
	return v.String()
}

// codec returns options[name] when it is a function, else nil.
func codec(options goja.Value, name string) goja.Callable {
	if obj, ok := options.(*goja.Object); ok {
		if fn, ok := goja.AssertFunction(obj.Get(name)); ok {
			return fn
		}
	}
	return nil
}

// apply runs a custom codec, or the default one, on s.
func (q *qsModule) apply(custom goja.Callable, def func(string) string, s string) string {
	if custom == nil {
		return def(s)
	}
	v, err := custom(goja.Undefined(), q.vm.ToValue(s))
	if err != nil {
		panic(err)
	}
	return v.String()
}

// parse is querystring.parse(str, sep, eq, options).
func (q *qsModule) parse(call goja.FunctionCall) goja.Value {
	vm := q.vm
	out := vm.CreateObject(nil)
	str, ok := call.Argument(0).Export().(string)
	if !ok || str == "" {
		return out
	}
	sep, eq := separator(call.Argument(1), "&"), separator(call.Argument(2), "=")
	options := call.Argument(3)
	maxKeys := 1000
	if obj, ok := options.(*goja.Object); ok {
		if m := obj.Get("maxKeys"); m != nil && goja.IsNumber(m) {
			maxKeys = int(m.ToInteger())
		}
	}
	decode := codec(options, "decodeURIComponent")
	segments := strings.Split(str, sep)
	if maxKeys > 0 && len(segments) > maxKeys {
		segments = segments[:maxKeys]
	}
	for _, seg := range segments {
		if seg == "" {
			continue
		}
		k, v, _ := strings.Cut(seg, eq)
		key := q.apply(decode, Unescape, strings.ReplaceAll(k, "+", " "))
		value := vm.ToValue(q.apply(decode, Unescape, strings.ReplaceAll(v, "+", " ")))
		switch prev := out.Get(key).(type) {
		case nil:
			must(out.Set(key, value))
		case *goja.Object:
			must(prev.Set(prev.Get("length").String(), value))
		default:
			must(out.Set(key, vm.NewArray(prev, value)))
		}
	}
	return out
}

// stringify is querystring.stringify(obj, sep, eq, options).
func (q *qsModule) stringify(call goja.FunctionCall) goja.Value {
	obj, ok := call.Argument(0).(*goja.Object)
	if !ok {
		return q.vm.ToValue("")
	}
	sep, eq := separator(call.Argument(1), "&"), separator(call.Argument(2), "=")
	encode := codec(call.Argument(3), "encodeURIComponent")
	conv := func(v goja.Value) string { return q.apply(encode, Escape, primitiveString(v)) }
	var parts []string
	for _, k := range obj.Keys() {
		prefix := conv(q.vm.ToValue(k)) + eq
		v := obj.Get(k)
		if arr, ok := v.(*goja.Object); ok && arr.ClassName() == "Array" {
			q.vm.ForOf(arr, func(item goja.Value) bool {
				parts = append(parts, prefix+conv(item))
				return true
			})
			continue
		}
		parts = append(parts, prefix+conv(v))
	}
	return q.vm.ToValue(strings.Join(parts, sep))
}

// primitiveString converts a query value as querystring does: strings,
// finite numbers, bigints and booleans; anything else is "".
func primitiveString(v goja.Value) string {
	switch x := v.Export().(type) {
	case string:
		return x
	case bool:
		if x {
			return "true"
		}
		return "false"
	case *big.Int:
		return x.String()
	case int64:
		return v.String()
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return ""
		}
		return v.String()
	}
	return ""
}

// unescapeBuffer is querystring.unescapeBuffer(s, decodeSpaces): the bytes
// of s with escapes (and, if asked, '+') decoded, as a Buffer.
func (q *qsModule) unescapeBuffer(call goja.FunctionCall) goja.Value {
	s := call.Argument(0).String()
	if call.Argument(1).ToBoolean() {
		s = strings.ReplaceAll(s, "+", " ")
	}
	return bytesValue(q.vm, whatwg.PercentDecode(s))
}

// bytesValue wraps b as a Buffer when the runtime has one, else as a
// Uint8Array.
func bytesValue(vm *goja.Runtime, b []byte) goja.Value {
	u8, err := vm.New(vm.Get("Uint8Array"), vm.ToValue(vm.NewArrayBuffer(b)))
	if err != nil {
		panic(err)
	}
	if buffer, ok := vm.Get("Buffer").(*goja.Object); ok {
		if proto, ok := buffer.Get("prototype").(*goja.Object); ok {
			must(u8.SetPrototype(proto))
		}
	}
	return u8
}
