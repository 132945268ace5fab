package w3c

import "github.com/dop251/goja"

// hidden makes a Go struct a goja.DynamicObject without properties, so that
// it can live in a hidden, symbol-keyed property of a JavaScript object
// (subclasses built in JavaScript can still add their own properties to
// the object, which a host object would forbid).
type hidden struct{}

// Get reports no properties.
func (hidden) Get(string) goja.Value { return nil }

// Set refuses every property.
func (hidden) Set(string, goja.Value) bool { return false }

// Has reports no properties.
func (hidden) Has(string) bool { return false }

// Delete refuses to delete.
func (hidden) Delete(string) bool { return false }

// Keys lists no properties.
func (hidden) Keys() []string { return nil }

// stateKey is the symbol under which an object keeps its Go state.
var stateKey = goja.NewSymbol("nodeshim.w3c")

// attach stores st as the Go state of obj.
func attach(vm *goja.Runtime, obj *goja.Object, st goja.DynamicObject) {
	must(obj.DefineDataPropertySymbol(stateKey, vm.NewDynamicObject(st), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
}

// stateOf returns the Go state of v if v is an object carrying a T.
func stateOf[T goja.DynamicObject](v goja.Value) (T, bool) {
	var zero T
	o, ok := v.(*goja.Object)
	if !ok {
		return zero, false
	}
	s := o.GetSymbol(stateKey)
	if s == nil {
		return zero, false
	}
	t, ok := s.Export().(T)
	return t, ok
}

// must panics on an error from a goja call that fails only when JavaScript
// throws, so that the exception propagates as goja expects.
func must(err error) {
	if err != nil {
		panic(err)
	}
}
