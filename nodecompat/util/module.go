// Package util is Node's `util` module for nodeshim: util.inspect and
// util.format with Node 20's exact output, plus promisify, callbackify,
// deprecate, inherits, types and the legacy is* predicates. Other Go
// packages (console, assert, uncaught-error printing) use Inspect and Format
// directly.
package util

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/deepequal"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "util"

// Require fills module.exports for the module.
func Require(vm *goja.Runtime, module *goja.Object) {
	s := stateOf(vm)
	exports := module.Get("exports").(*goja.Object)
	set := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		_ = exports.Set(name, newFunction(vm, name, length, fn))
	}
	_ = exports.Set("inspect", s.inspectFunction())
	set("format", 1, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(Format(vm, call.Arguments))
	})
	set("formatWithOptions", 2, s.formatWithOptions)
	set("inherits", 2, s.inherits)
	_ = exports.Set("promisify", s.promisifyFunction())
	set("callbackify", 1, s.callbackify)
	set("deprecate", 3, s.deprecate)
	set("debuglog", 2, s.debuglog)
	_ = exports.Set("debug", exports.Get("debuglog"))
	set("stripVTControlCharacters", 1, s.stripVTControlCharacters)
	set("toUSVString", 1, s.toUSVString)
	set("_extend", 2, s.extend)
	set("getSystemErrorName", 1, s.getSystemErrorName)
	set("isDeepStrictEqual", 2, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(deepequal.Equal(vm, call.Argument(0), call.Argument(1), true))
	})
	_ = exports.Set("types", s.typesObject())
	s.addLegacyPredicates(exports)
}

// newFunction makes a native function with Node's name and length.
func newFunction(vm *goja.Runtime, name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := vm.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}
