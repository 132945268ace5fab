// Package nodeerr builds JavaScript errors shaped like Node.js's internal
// errors: the usual constructor (TypeError, RangeError, Error), an enumerable
// `code` property, and a stack whose first line reads "TypeError [CODE]: msg".
// Both façades use it so that bad input reads the same everywhere.
package nodeerr

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/dop251/goja"
)

// Inspect formats objects in error messages. The Node façade sets it to
// util.inspect; without it objects show as their constructor's name.
var Inspect func(vm *goja.Runtime, v goja.Value) string

// Error returns a plain Error with Node's code property.
func Error(vm *goja.Runtime, code, msg string) *goja.Object {
	return build(vm, "Error", code, msg)
}

// TypeError returns a TypeError with Node's code property.
func TypeError(vm *goja.Runtime, code, msg string) *goja.Object {
	return build(vm, "TypeError", code, msg)
}

// RangeError returns a RangeError with Node's code property.
func RangeError(vm *goja.Runtime, code, msg string) *goja.Object {
	return build(vm, "RangeError", code, msg)
}

// build constructs an error through the global constructor named ctorName and
// decorates it as Node does.
func build(vm *goja.Runtime, ctorName, code, msg string) *goja.Object {
	ctor, _ := vm.Get(ctorName).(*goja.Object)
	obj, err := vm.New(ctor, vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	Decorate(vm, obj, code)
	return obj
}

// Decorate sets code on an existing error object and rewrites the first line
// of its stack to Node's "Name [CODE]: message" form.
func Decorate(vm *goja.Runtime, obj *goja.Object, code string) {
	_ = obj.Set("code", code)
	stack := obj.Get("stack")
	if stack == nil || goja.IsUndefined(stack) {
		return
	}
	s := stack.String()
	name := obj.Get("name").String()
	if strings.HasPrefix(s, name) && !strings.HasPrefix(s, name+" [") {
		s = name + " [" + code + "]" + s[len(name):]
		_ = obj.DefineDataProperty("stack", vm.ToValue(s), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// InvalidArgType returns Node's ERR_INVALID_ARG_TYPE TypeError. expected
// completes "must be ...", e.g. "of type string" or "an instance of Buffer".
func InvalidArgType(vm *goja.Runtime, name, expected string, actual goja.Value) *goja.Object {
	return TypeError(vm, "ERR_INVALID_ARG_TYPE",
		"The "+argumentLabel(name)+" must be "+expected+"."+Received(vm, actual))
}

// OutOfRange returns Node's ERR_OUT_OF_RANGE RangeError; rangeDesc completes
// "It must be ...", e.g. ">= 0 and <= 3".
func OutOfRange(vm *goja.Runtime, name, rangeDesc string, actual goja.Value) *goja.Object {
	return RangeError(vm, "ERR_OUT_OF_RANGE", fmt.Sprintf(
		"The value of %q is out of range. It must be %s. Received %s", name, rangeDesc, outOfRangeReceived(vm, actual)))
}

// InvalidArgValue returns Node's ERR_INVALID_ARG_VALUE TypeError. An empty
// reason means "is invalid".
func InvalidArgValue(vm *goja.Runtime, name string, actual goja.Value, reason string) *goja.Object {
	if reason == "" {
		reason = "is invalid"
	}
	kind := "argument"
	if strings.Contains(name, ".") {
		kind = "property"
	}
	shown := inspectValue(vm, actual)
	if len(shown) > 128 {
		shown = shown[:128] + "..."
	}
	return TypeError(vm, "ERR_INVALID_ARG_VALUE", fmt.Sprintf("The %s '%s' %s. Received %s", kind, name, reason, shown))
}

// argumentLabel names the argument the way Node's messages do.
func argumentLabel(name string) string {
	if strings.HasSuffix(name, " argument") {
		return name
	}
	if strings.Contains(name, ".") {
		return `"` + name + `" property`
	}
	return `"` + name + `" argument`
}

// Received returns the " Received ..." suffix Node appends to type errors,
// with its leading space.
func Received(vm *goja.Runtime, v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return " Received undefined"
	case goja.IsNull(v):
		return " Received null"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, isFunc := goja.AssertFunction(obj); isFunc {
			return " Received function " + obj.Get("name").String()
		}
		if ctor, ok := obj.Get("constructor").(*goja.Object); ok {
			if name := ctor.Get("name"); name != nil && name.String() != "" {
				return " Received an instance of " + name.String()
			}
		}
		return " Received " + inspectValue(vm, v)
	}
	shown := inspectValue(vm, v)
	if len(shown) > 28 {
		if s, isString := v.Export().(string); isString {
			shown = quote(string([]rune(s)[:25]) + "...")
		} else {
			shown = shown[:25] + "..."
		}
	}
	return fmt.Sprintf(" Received type %s (%s)", typeOf(v), shown)
}

// typeOf is JavaScript's typeof for primitives.
func typeOf(v goja.Value) string {
	switch v.(type) {
	case *goja.Object:
		return "object"
	case *goja.Symbol:
		return "symbol"
	}
	switch v.Export().(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, float64:
		return "number"
	case *big.Int:
		return "bigint"
	}
	return "object"
}

// inspectValue formats a value as util.inspect does: primitives here,
// objects through Inspect when the façade set it.
func inspectValue(vm *goja.Runtime, v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if obj, isObj := v.(*goja.Object); isObj {
		if Inspect != nil {
			return Inspect(vm, v)
		}
		return "[object " + obj.ClassName() + "]"
	}
	switch typeOf(v) {
	case "string":
		return quote(v.String())
	case "number":
		f := v.ToFloat()
		if f == 0 && math.Signbit(f) {
			return "-0"
		}
		return v.String()
	case "bigint":
		return v.String() + "n"
	case "symbol":
		return "Symbol(" + v.String() + ")"
	}
	return v.String()
}

// outOfRangeReceived formats the received value of ERR_OUT_OF_RANGE: large
// integers get numeric separators, bigints an n suffix.
func outOfRangeReceived(vm *goja.Runtime, v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	switch typeOf(v) {
	case "number":
		f := v.ToFloat()
		if f == math.Trunc(f) && math.Abs(f) > 1<<32 && !math.IsInf(f, 0) {
			return AddNumericalSeparator(v.String())
		}
	case "bigint":
		s := v.String()
		digits := strings.TrimPrefix(s, "-")
		if len(digits) > 10 || (len(digits) == 10 && digits > "4294967296") {
			s = AddNumericalSeparator(s)
		}
		return s + "n"
	}
	return inspectValue(vm, v)
}

// AddNumericalSeparator inserts '_' every three characters from the right,
// after a leading '-', as Node's addNumericalSeparator does to a number's
// text: for the "Received" part of a range error (where 1e+300 becomes
// "1e+_300", exactly as Node prints it) and for util.inspect's
// numericSeparator option.
func AddNumericalSeparator(s string) string {
	start := 0
	if strings.HasPrefix(s, "-") {
		start = 1
	}
	res := ""
	i := len(s)
	for ; i >= start+4; i -= 3 {
		res = "_" + s[i-3:i] + res
	}
	return s[:i] + res
}

// quote quotes a string the way util.inspect does: single quotes unless the
// string contains them, then double quotes, then backticks.
func quote(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') {
		switch {
		case !strings.ContainsRune(s, '"'):
			q = '"'
		case !strings.ContainsRune(s, '`') && !strings.Contains(s, "${"):
			q = '`'
		}
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\v':
			b.WriteString(`\v`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}
