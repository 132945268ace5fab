package assert

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// failure describes an assertion that did not hold.
type failure struct {
	actual, expected goja.Value
	operator         string
	message          goja.Value // nil or undefined: generate one
}

// generatedMessage builds Node's message for a failure of operator; custom,
// if not empty, replaces the headline of strictEqual and deepStrictEqual.
func (m *module) generatedMessage(actual, expected goja.Value, operator, custom string) string {
	vm := m.vm
	actual, expected = m.errorCopies(actual, expected)
	switch operator {
	case "":
		operator = "undefined"
	case "deepStrictEqual", "strictEqual":
		return unequalMessage(describe(vm, actual), describe(vm, expected), operator, custom)
	case "notDeepStrictEqual", "notStrictEqual":
		return notUnequalMessage(describe(vm, actual), operator)
	}
	return looseMessage(describe(vm, actual), describe(vm, expected), operator)
}

// newError builds an AssertionError object with proto as prototype: a
// real Error (so it has a stack and util.inspect shows it as one) named
// "AssertionError" whose stack reads "AssertionError [ERR_ASSERTION]: ...".
func (m *module) newError(f failure, proto *goja.Object) *goja.Object {
	vm := m.vm
	hasMessage := f.message != nil && !goja.IsUndefined(f.message) && !goja.IsNull(f.message)
	var text string
	switch {
	case f.operator == "strictEqual" || f.operator == "deepStrictEqual":
		// A caller's (truthy) message heads the diff in place of Node's line.
		custom := ""
		if hasMessage && f.message.ToBoolean() {
			custom = f.message.String()
		}
		text = m.generatedMessage(orUndefined(f.actual), orUndefined(f.expected), f.operator, custom)
	case hasMessage:
		text = f.message.String()
	default:
		text = m.generatedMessage(orUndefined(f.actual), orUndefined(f.expected), f.operator, "")
	}
	errCtor, _ := vm.Get("Error").(*goja.Object)
	e, err := vm.New(errCtor, vm.ToValue(text))
	if err != nil {
		panic(err)
	}
	must(e.SetPrototype(proto))
	must(e.DefineDataProperty("name", vm.ToValue("AssertionError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(e.Set("generatedMessage", !hasMessage || !f.message.ToBoolean()))
	nodeerr.Decorate(vm, e, "ERR_ASSERTION")
	must(e.Set("actual", orUndefined(f.actual)))
	must(e.Set("expected", orUndefined(f.expected)))
	if f.operator == "" {
		must(e.Set("operator", goja.Undefined()))
	} else {
		must(e.Set("operator", f.operator))
	}
	trimNativeFrames(vm, e)
	return e
}

// fail throws an AssertionError for f.
func (m *module) fail(f failure) {
	if err, ok := f.message.(*goja.Object); ok && m.isError(err) {
		panic(err)
	}
	m.throwAt(m.newError(f, m.errorProto), siteInnerFail)
}

// errorCopies returns copies without stacks when both values are errors,
// so messages show them without the stacks, which differ anyway.
func (m *module) errorCopies(actual, expected goja.Value) (goja.Value, goja.Value) {
	if m.hasStack(actual) && m.hasStack(expected) {
		return m.copyError(actual.(*goja.Object)), m.copyError(expected.(*goja.Object))
	}
	return actual, expected
}

// hasStack reports whether v is an Error instance with a stack property.
func (m *module) hasStack(v goja.Value) bool {
	return m.isError(v) && m.hasProperty(v.(*goja.Object), "stack")
}

// copyError returns an object with err's prototype, own enumerable
// properties and message, but no stack.
func (m *module) copyError(err *goja.Object) *goja.Object {
	c := m.vm.CreateObject(err.Prototype())
	for _, k := range err.Keys() {
		must(c.Set(k, err.Get(k)))
	}
	must(c.DefineDataProperty("message", orUndefined(err.Get("message")), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	return c
}

// isError reports whether v is an Error instance.
func (m *module) isError(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && m.vm.InstanceOf(o, m.errorCtor)
}

// trimNativeFrames drops the frames of Go functions from the top of the
// stack, so it starts where the script called assert, as Node's does.
func trimNativeFrames(vm *goja.Runtime, e *goja.Object) {
	stack := e.Get("stack")
	if stack == nil || goja.IsUndefined(stack) {
		return
	}
	lines := strings.Split(stack.String(), "\n")
	first := 0 // the first frame line, after the message's lines
	for first < len(lines) && !strings.HasPrefix(strings.TrimLeft(lines[first], " \t"), "at ") {
		first++
	}
	last := first
	for last < len(lines) && strings.HasSuffix(strings.TrimSpace(lines[last]), "(native)") {
		last++
	}
	if last == first {
		return
	}
	s := strings.Join(append(lines[:first:first], lines[last:]...), "\n")
	must(e.DefineDataProperty("stack", vm.ToValue(s), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

func orUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// makeAssertionErrorClass builds the AssertionError constructor:
// new AssertionError({message, actual, expected, operator}).
func (m *module) makeAssertionErrorClass() {
	vm := m.vm
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		opts, ok := call.Argument(0).(*goja.Object)
		if !ok {
			panic(nodeerr.InvalidArgType(vm, "options", "of type object", call.Argument(0)))
		}
		// This already has the prototype new chose, a subclass's included.
		proto := call.This.Prototype()
		return m.newError(failure{
			actual: opts.Get("actual"), expected: opts.Get("expected"),
			operator: stringOrEmpty(opts.Get("operator")), message: opts.Get("message"),
		}, proto)
	}).(*goja.Object)
	must(ctor.DefineDataProperty("name", vm.ToValue("AssertionError"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	proto := ctor.Get("prototype").(*goja.Object)
	must(proto.SetPrototype(vm.Get("Error").ToObject(vm).Get("prototype").ToObject(vm)))
	must(proto.DefineDataProperty("toString", vm.ToValue(func(call goja.FunctionCall) goja.Value {
		this := call.This.ToObject(vm)
		return vm.ToValue(this.Get("name").String() + " [" + this.Get("code").String() + "]: " + this.Get("message").String())
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	// The constructor's own prototype chain makes `extends` see Error too.
	must(ctor.SetPrototype(m.errorCtor))
	m.assertionError, m.errorProto = ctor, proto
}

func stringOrEmpty(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}
