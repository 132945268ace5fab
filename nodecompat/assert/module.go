// Package assert is Node's "assert" module and "assert/strict": the
// assertion functions, AssertionError with Node's generated messages (line
// diffs included, values shown by util.inspect), and assert.strict.
package assert

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/perruntime"
	"github.com/nodeshim/nodeshim/nodecompat/internal/deepequal"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "assert"

// StrictModuleName is the name of the strict variant, whose exports are
// assert.strict.
const StrictModuleName = "assert/strict"

// Require fills module.exports for the module.
func Require(vm *goja.Runtime, module *goja.Object) {
	must(module.Set("exports", exportsOf(vm)))
}

// RequireStrict fills module.exports for assert/strict.
func RequireStrict(vm *goja.Runtime, module *goja.Object) {
	must(module.Set("exports", exportsOf(vm).Get("strict")))
}

// registry holds each runtime's module, so that assert and assert/strict
// share one AssertionError class; the assert functions keep it alive.
var registry perruntime.Registry[module]

// exportsOf returns the runtime's assert function, building it once.
func exportsOf(vm *goja.Runtime) *goja.Object {
	return registry.Get(vm, newModule).exports
}

// must panics on an error from defining a property on an object this
// package just made, which cannot happen.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// module holds what the assert functions of one runtime share.
type module struct {
	vm             *goja.Runtime
	errorCtor      *goja.Object // Error
	assertionError *goja.Object
	errorProto     *goja.Object // AssertionError.prototype
	comparison     *goja.Object // the Comparison class of validation-object diffs
	noException    *goja.Object // marks "the function did not throw"
	isRegExp       goja.Callable
	exports        *goja.Object // the assert function
	siteKey        *goja.Symbol // hidden key of the throw site of errors
}

func newModule(vm *goja.Runtime) *module {
	m := &module{vm: vm, errorCtor: vm.Get("Error").ToObject(vm), noException: vm.NewObject(), siteKey: goja.NewSymbol("throwSite")}
	v, err := vm.RunString(`[class Comparison {}, (v) => Object.prototype.toString.call(v) === '[object RegExp]']`)
	if err != nil {
		panic(err)
	}
	pair := v.ToObject(vm)
	m.comparison = pair.Get("0").ToObject(vm)
	m.isRegExp, _ = goja.AssertFunction(pair.Get("1"))
	m.makeAssertionErrorClass()
	m.exports = m.build()
	return m
}

// deepEqual runs Node's deep equality.
func (m *module) deepEqual(a, b goja.Value, strict bool) bool {
	return deepequal.Equal(m.vm, a, b, strict)
}

// named wraps fn as a JS function with the given name, which error
// operators and stack trimming rely on.
func (m *module) named(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := m.vm.ToValue(fn).(*goja.Object)
	must(f.DefineDataProperty("name", m.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(f.DefineDataProperty("length", m.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return f
}

// build makes the assert function with its properties, and assert.strict,
// which shares them but for the loose comparisons, replaced by the strict.
func (m *module) build() *goja.Object {
	fns := m.functions()
	assert := m.named("ok", 0, m.ok)
	strict := m.named("strict", 0, m.ok)
	strictFor := map[string]string{"equal": "strictEqual", "notEqual": "notStrictEqual", "deepEqual": "deepStrictEqual", "notDeepEqual": "notDeepStrictEqual"}
	for _, f := range fns {
		must(assert.Set(f.name, f.fn))
		must(strict.Set(f.name, f.fn))
	}
	for name, alt := range strictFor {
		must(strict.Set(name, assert.Get(alt)))
	}
	must(assert.Set("strict", strict))
	must(strict.Set("strict", strict))
	return assert
}

// namedFn is one property of assert.
type namedFn struct {
	name string
	fn   goja.Value
}

// functions returns the properties of assert in Node's key order.
func (m *module) functions() []namedFn {
	rejects, doesNotReject := m.asyncAssertions()
	return []namedFn{
		{"fail", m.named("fail", 5, m.failFn)},
		{"AssertionError", m.assertionError},
		{"ok", m.named("ok", 0, m.ok)},
		{"equal", m.named("equal", 3, m.compare("=="))},
		{"notEqual", m.named("notEqual", 3, m.compare("!="))},
		{"deepEqual", m.named("deepEqual", 3, m.compare("deepEqual"))},
		{"notDeepEqual", m.named("notDeepEqual", 3, m.compare("notDeepEqual"))},
		{"deepStrictEqual", m.named("deepStrictEqual", 3, m.compare("deepStrictEqual"))},
		{"notDeepStrictEqual", m.named("notDeepStrictEqual", 3, m.compare("notDeepStrictEqual"))},
		{"strictEqual", m.named("strictEqual", 3, m.compare("strictEqual"))},
		{"notStrictEqual", m.named("notStrictEqual", 3, m.compare("notStrictEqual"))},
		{"throws", m.named("throws", 1, m.throws)},
		{"rejects", rejects},
		{"doesNotThrow", m.named("doesNotThrow", 1, m.doesNotThrow)},
		{"doesNotReject", doesNotReject},
		{"ifError", m.named("ifError", 1, m.ifError)},
		{"match", m.named("match", 3, m.matcher("match", true))},
		{"doesNotMatch", m.named("doesNotMatch", 3, m.matcher("doesNotMatch", false))},
	}
}
