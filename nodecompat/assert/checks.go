package assert

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// ok is assert(value, message) and assert.ok.
func (m *module) ok(call goja.FunctionCall) goja.Value {
	value := call.Argument(0)
	if value.ToBoolean() {
		return goja.Undefined()
	}
	f := failure{actual: value, expected: m.vm.ToValue(true), operator: "==", message: call.Argument(1)}
	generated := false
	switch {
	case len(call.Arguments) == 0:
		f.message, generated = m.vm.ToValue("No value argument passed to `assert.ok()`"), true
	case goja.IsUndefined(f.message) || goja.IsNull(f.message):
		if code, ok := callSource(m.vm); ok {
			f.message = m.vm.ToValue("The expression evaluated to a falsy value:\n\n  " + code + "\n")
		}
		generated = true
	}
	if err, isObj := f.message.(*goja.Object); isObj && m.isError(err) {
		panic(err)
	}
	e := m.newError(f, m.errorProto)
	must(e.Set("generatedMessage", generated))
	m.throwAt(e, siteOk)
	return nil
}

// isNaN reports whether v is the number NaN.
func isNaN(v goja.Value) bool {
	return goja.IsNumber(v) && goja.IsNaN(v)
}

// compare returns the function of a two-value assertion: whether it holds
// is decided by operator.
func (m *module) compare(operator string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) < 2 {
			panic(nodeerr.TypeError(m.vm, "ERR_MISSING_ARGS", `The "actual" and "expected" arguments must be specified`))
		}
		a, b := call.Arguments[0], call.Arguments[1]
		var holds bool
		switch operator {
		case "==":
			holds = a.Equals(b) || (isNaN(a) && isNaN(b))
		case "!=":
			holds = !a.Equals(b) && !(isNaN(a) && isNaN(b))
		case "strictEqual":
			holds = a.SameAs(b)
		case "notStrictEqual":
			holds = !a.SameAs(b)
		case "deepEqual", "deepStrictEqual":
			holds = m.deepEqual(a, b, operator == "deepStrictEqual")
		case "notDeepEqual", "notDeepStrictEqual":
			holds = !m.deepEqual(a, b, operator == "notDeepStrictEqual")
		}
		if !holds {
			m.fail(failure{actual: a, expected: b, operator: operator, message: call.Argument(2)})
		}
		return goja.Undefined()
	}
}

// failFn is assert.fail(message), or the deprecated
// assert.fail(actual, expected, message, operator).
func (m *module) failFn(call goja.FunctionCall) goja.Value {
	vm := m.vm
	args := call.Arguments
	f := failure{operator: "fail"}
	generated := false
	switch {
	case len(args) == 0 || (len(args) == 1 && (goja.IsUndefined(args[0]) || goja.IsNull(args[0]))):
		f.message, generated = vm.ToValue("Failed"), true
	case len(args) == 1:
		f.message = args[0]
	default:
		m.deprecated("assert.fail() with more than one argument is deprecated. Please use assert.strictEqual() instead or only pass a message.", "DEP0094")
		f.actual, f.expected, f.message = args[0], args[1], call.Argument(2)
		if len(args) == 2 {
			f.operator = "!="
		} else if op := call.Argument(3); !goja.IsUndefined(op) {
			f.operator = op.String()
		}
	}
	if err, isObj := f.message.(*goja.Object); isObj && m.isError(err) {
		panic(err)
	}
	e := m.newError(f, m.errorProto)
	if generated {
		must(e.Set("generatedMessage", true))
	}
	m.throwAt(e, siteFail)
	return nil
}

// deprecated emits a DeprecationWarning through process.emitWarning, once
// per code, when the runtime has a process object.
func (m *module) deprecated(msg, code string) {
	process, ok := m.vm.Get("process").(*goja.Object)
	if !ok {
		return
	}
	if emit, ok := goja.AssertFunction(process.Get("emitWarning")); ok {
		if _, err := emit(process, m.vm.ToValue(msg), m.vm.ToValue("DeprecationWarning"), m.vm.ToValue(code)); err != nil {
			panic(err)
		}
	}
}

// matcher returns assert.match (want true) or assert.doesNotMatch.
func (m *module) matcher(name string, want bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		vm := m.vm
		str, re, message := call.Argument(0), call.Argument(1), call.Argument(2)
		if !m.regExp(re) {
			panic(nodeerr.InvalidArgType(vm, "regexp", "an instance of RegExp", re))
		}
		if goja.IsString(str) && m.test(re, str) == want {
			return goja.Undefined()
		}
		if err, isObj := message.(*goja.Object); isObj && m.isError(err) {
			panic(err)
		}
		generated := !message.ToBoolean()
		if generated {
			switch {
			case !goja.IsString(str):
				message = vm.ToValue(`The "string" argument must be of type string. Received type ` + typeOf(str) + " (" + inspect(vm, str) + ")")
			case want:
				message = vm.ToValue("The input did not match the regular expression " + inspect(vm, re) + ". Input:\n\n" + inspect(vm, str) + "\n")
			default:
				message = vm.ToValue("The input was expected to not match the regular expression " + inspect(vm, re) + ". Input:\n\n" + inspect(vm, str) + "\n")
			}
		}
		e := m.newError(failure{actual: str, expected: re, operator: name, message: message}, m.errorProto)
		must(e.Set("generatedMessage", generated))
		m.throwAt(e, siteMatch)
		return nil
	}
}

// regExp reports whether v is a RegExp.
func (m *module) regExp(v goja.Value) bool {
	r, err := m.isRegExp(nil, v)
	return err == nil && r.ToBoolean()
}

// test is RegExp.prototype.exec(str) !== null.
func (m *module) test(re, str goja.Value) bool {
	exec, ok := goja.AssertFunction(re.ToObject(m.vm).Get("exec"))
	if !ok {
		return false
	}
	v, err := exec(re, str)
	if err != nil {
		panic(err)
	}
	return !goja.IsNull(v)
}

// typeOf is JavaScript's typeof.
func typeOf(v goja.Value) string {
	switch {
	case goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "object"
	case goja.IsString(v):
		return "string"
	case goja.IsNumber(v):
		return "number"
	case goja.IsBigInt(v):
		return "bigint"
	}
	switch v.(type) {
	case *goja.Symbol:
		return "symbol"
	case *goja.Object:
		if _, ok := goja.AssertFunction(v); ok {
			return "function"
		}
		return "object"
	}
	return "boolean"
}

// ifError throws when value is neither null nor undefined.
func (m *module) ifError(call goja.FunctionCall) goja.Value {
	vm := m.vm
	v := call.Argument(0)
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return goja.Undefined()
	}
	message := "ifError got unwanted exception: "
	obj, isObj := v.(*goja.Object)
	if msg := objectMessage(obj, isObj); msg != nil {
		if msg.String() == "" && obj.Get("constructor") != nil && obj.Get("constructor").ToBoolean() {
			message += obj.Get("constructor").ToObject(vm).Get("name").String()
		} else {
			message += msg.String()
		}
	} else {
		message += inspect(vm, v)
	}
	m.throwAt(m.newError(failure{actual: v, expected: goja.Null(), operator: "ifError", message: vm.ToValue(message)}, m.errorProto), siteIfError)
	return nil
}

// objectMessage returns obj.message when obj is a non-function object whose
// message is a string.
func objectMessage(obj *goja.Object, isObj bool) goja.Value {
	if !isObj {
		return nil
	}
	if _, isFunc := goja.AssertFunction(obj); isFunc {
		return nil
	}
	if msg := obj.Get("message"); msg != nil && goja.IsString(msg) {
		return msg
	}
	return nil
}
