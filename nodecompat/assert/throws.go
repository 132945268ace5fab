package assert

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// throws is assert.throws(fn, error, message).
func (m *module) throws(call goja.FunctionCall) goja.Value {
	m.expectsError("throws", m.actualOf(call.Argument(0)), call.Arguments[min(1, len(call.Arguments)):])
	return goja.Undefined()
}

// doesNotThrow is assert.doesNotThrow(fn, error, message).
func (m *module) doesNotThrow(call goja.FunctionCall) goja.Value {
	m.expectsNoError("doesNotThrow", m.actualOf(call.Argument(0)), call.Argument(1), call.Argument(2))
	return goja.Undefined()
}

// actualOf calls fn and returns what it threw, or noException.
func (m *module) actualOf(fn goja.Value) (thrown goja.Value) {
	f := jsarg.Function(m.vm, fn, "fn")
	if _, err := f(goja.Undefined()); err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			return ex.Value()
		}
		panic(err)
	}
	return m.noException
}

// expectsError checks what fn threw (or that it threw at all) against
// args = [error, message] as assert.throws and assert.rejects do.
func (m *module) expectsError(op string, actual goja.Value, args []goja.Value) {
	vm := m.vm
	arg := func(i int) goja.Value {
		if i < len(args) {
			return args[i]
		}
		return goja.Undefined()
	}
	expected, message := arg(0), arg(1)
	if goja.IsString(expected) {
		if len(args) == 2 {
			panic(nodeerr.InvalidArgType(vm, "error", "of type function or an instance of Error, RegExp, or Object", expected))
		}
		if obj, ok := actual.(*goja.Object); ok && actual != m.noException {
			if obj.Get("message") != nil && obj.Get("message").StrictEquals(expected) {
				panic(ambiguous(vm, `The error message "`+expected.String()+`" is identical to the message.`))
			}
		} else if actual.StrictEquals(expected) {
			panic(ambiguous(vm, `The error "`+expected.String()+`" is identical to the message.`))
		}
		expected, message = goja.Undefined(), expected
	} else if !goja.IsUndefined(expected) && !goja.IsNull(expected) {
		if _, isObj := expected.(*goja.Object); !isObj {
			panic(nodeerr.InvalidArgType(vm, "error", "of type function or an instance of Error, RegExp, or Object", expected))
		}
	}
	if actual == m.noException {
		details := ""
		if obj, ok := expected.(*goja.Object); ok {
			if name := obj.Get("name"); name != nil && name.ToBoolean() {
				details = " (" + name.String() + ")"
			}
		}
		if message.ToBoolean() {
			details += ": " + message.String()
		} else {
			details += "."
		}
		kind := "exception"
		if op == "rejects" {
			kind = "rejection"
		}
		m.fail(failure{actual: goja.Undefined(), expected: expected, operator: op, message: vm.ToValue("Missing expected " + kind + details)})
	}
	if !expected.ToBoolean() {
		return
	}
	m.expectedException(op, actual, expected.(*goja.Object), message)
}

// ambiguous builds ERR_AMBIGUOUS_ARGUMENT for error/message.
func ambiguous(vm *goja.Runtime, reason string) *goja.Object {
	return nodeerr.TypeError(vm, "ERR_AMBIGUOUS_ARGUMENT", `The "error/message" argument is ambiguous. `+reason)
}

// expectedException validates a thrown value against a RegExp, a
// validation object, an Error class or a validation function.
func (m *module) expectedException(op string, actual goja.Value, expected *goja.Object, message goja.Value) {
	vm := m.vm
	_, isFunc := goja.AssertFunction(expected)
	generated := false
	switch {
	case !isFunc && m.regExp(expected):
		if m.test(expected, vm.ToValue(actual.String())) {
			return
		}
		if !message.ToBoolean() {
			generated = true
			message = vm.ToValue("The input did not match the regular expression " + inspect(vm, expected) + ". Input:\n\n" + inspect(vm, vm.ToValue(actual.String())) + "\n")
		}
	case !isFunc:
		m.validationObject(op, actual, expected, message)
		return
	case m.instanceOf(actual, expected):
		return
	case m.isErrorClass(expected):
		if !message.ToBoolean() {
			generated = true
			message = vm.ToValue(m.wrongClassMessage(actual, expected))
		}
	default:
		fn, _ := goja.AssertFunction(expected)
		res, err := fn(vm.NewObject(), actual)
		if err != nil {
			panic(err)
		}
		if res.StrictEquals(vm.ToValue(true)) {
			return
		}
		if !message.ToBoolean() {
			generated = true
			name := ""
			if n := expected.Get("name"); n != nil && n.ToBoolean() {
				name = `"` + n.String() + `" `
			}
			text := "The " + name + `validation function is expected to return "true". Received ` + inspect(vm, res)
			if m.isError(actual) {
				text += "\n\nCaught error:\n\n" + actual.String()
			}
			message = vm.ToValue(text)
		}
	}
	e := m.newError(failure{actual: actual, expected: expected, operator: op, message: message}, m.errorProto)
	must(e.Set("generatedMessage", generated))
	m.throwAt(e, siteExpected)
}

// instanceOf is `actual instanceof expected`, false for functions without
// a prototype (arrow functions) as Node guards.
func (m *module) instanceOf(actual goja.Value, expected *goja.Object) bool {
	obj, ok := actual.(*goja.Object)
	if !ok {
		return false
	}
	if p := expected.Get("prototype"); p == nil || goja.IsUndefined(p) {
		return false
	}
	return m.vm.InstanceOf(obj, expected)
}

// isErrorClass reports whether Error is a prototype of cls, that is,
// whether cls extends Error (Error itself does not count).
func (m *module) isErrorClass(cls *goja.Object) bool {
	for p := cls.Prototype(); p != nil; p = p.Prototype() {
		if p == m.errorCtor {
			return true
		}
	}
	return false
}

// wrongClassMessage says which class was expected and what was thrown.
func (m *module) wrongClassMessage(actual goja.Value, expected *goja.Object) string {
	text := `The error is expected to be an instance of "` + expected.Get("name").String() + `". Received `
	if !m.isError(actual) {
		opts := inspect(m.vm, actual)
		return text + `"` + opts + `"`
	}
	obj := actual.ToObject(m.vm)
	name := ""
	if ctor, ok := obj.Get("constructor").(*goja.Object); ok {
		name = ctor.Get("name").String()
	}
	if name == "" {
		name = obj.Get("name").String()
	}
	if expected.Get("name").String() == name {
		text += "an error with identical name but a different prototype."
	} else {
		text += `"` + name + `"`
	}
	if msg := obj.Get("message"); msg != nil && msg.ToBoolean() {
		text += "\n\nError message:\n\n" + msg.String()
	}
	return text
}

// validationObject checks that the thrown value has each property of the
// validation object (and name and message for an Error), strings matching
// RegExps, the rest deep-strict-equal.
func (m *module) validationObject(op string, actual goja.Value, expected *goja.Object, message goja.Value) {
	vm := m.vm
	obj, isObj := actual.(*goja.Object)
	if !isObj {
		e := m.newError(failure{actual: actual, expected: expected, operator: "deepStrictEqual", message: message}, m.errorProto)
		must(e.Set("operator", op))
		m.throwAt(e, sitePrimitive)
	}
	keys := expected.Keys()
	if m.isError(expected) {
		keys = append(keys, "name", "message")
	} else if len(keys) == 0 {
		panic(nodeerr.TypeError(vm, "ERR_INVALID_ARG_VALUE", "The argument 'error' may not be an empty object. Received "+inspect(vm, expected)))
	}
	for _, key := range keys {
		av, ev := obj.Get(key), expected.Get(key)
		if av != nil && goja.IsString(av) && m.regExp(ev) && m.test(ev, av) {
			continue
		}
		if m.hasProperty(obj, key) && m.deepEqual(orUndefined(av), orUndefined(ev), true) {
			continue
		}
		if message.ToBoolean() {
			m.fail(failure{actual: actual, expected: expected, operator: op, message: message})
		}
		e := m.newError(failure{
			actual: m.comparisonOf(obj, keys, nil), expected: m.comparisonOf(expected, keys, obj),
			operator: "deepStrictEqual",
		}, m.errorProto)
		must(e.Set("actual", actual))
		must(e.Set("expected", expected))
		must(e.Set("operator", op))
		m.throwAt(e, siteKeyCompare)
	}
}

// hasProperty is `key in obj`.
func (m *module) hasProperty(obj *goja.Object, key string) bool {
	for o := obj; o != nil; o = o.Prototype() {
		for _, k := range o.GetOwnPropertyNames() {
			if k == key {
				return true
			}
		}
	}
	return false
}

// comparisonOf builds the Comparison object Node prints in the diff of a
// validation object: the listed keys of obj; with against, a RegExp that
// matches against's string value shows that value instead.
func (m *module) comparisonOf(obj *goja.Object, keys []string, against *goja.Object) *goja.Object {
	c, err := m.vm.New(m.comparison)
	if err != nil {
		panic(err)
	}
	for _, key := range keys {
		if !m.hasProperty(obj, key) {
			continue
		}
		v := obj.Get(key)
		if against != nil {
			if av := against.Get(key); av != nil && goja.IsString(av) && m.regExp(v) && m.test(v, av) {
				v = av
			}
		}
		must(c.Set(key, v))
	}
	return c
}

// expectsNoError fails when fn threw, unless what it threw does not match
// the given error, in which case that is rethrown.
func (m *module) expectsNoError(op string, actual, expected, message goja.Value) {
	vm := m.vm
	if actual == m.noException {
		return
	}
	if goja.IsString(expected) {
		expected, message = goja.Undefined(), expected
	}
	if !expected.ToBoolean() || m.matchesError(actual, expected) {
		details := "."
		if message.ToBoolean() {
			details = ": " + message.String()
		}
		kind := "exception"
		if op == "doesNotReject" {
			kind = "rejection"
		}
		actualMessage := "undefined"
		if obj, ok := actual.(*goja.Object); ok {
			actualMessage = orUndefined(obj.Get("message")).String()
		}
		m.fail(failure{actual: actual, expected: expected, operator: op,
			message: vm.ToValue("Got unwanted " + kind + details + "\nActual message: \"" + actualMessage + "\"")})
	}
	panic(vm.ToValue(actual))
}

// matchesError is Node's hasMatchingError for doesNotThrow's error
// argument: a RegExp, a class, or a validation function.
func (m *module) matchesError(actual, expected goja.Value) bool {
	obj, _ := expected.(*goja.Object)
	fn, isFunc := goja.AssertFunction(expected)
	if !isFunc {
		if m.regExp(expected) {
			return m.test(expected, m.vm.ToValue(actual.String()))
		}
		panic(nodeerr.InvalidArgType(m.vm, "expected", "of type function or an instance of RegExp", expected))
	}
	if m.instanceOf(actual, obj) {
		return true
	}
	if m.isErrorClass(obj) {
		return false
	}
	res, err := fn(m.vm.NewObject(), actual)
	if err != nil {
		panic(err)
	}
	return res.StrictEquals(m.vm.ToValue(true))
}
