package webapi

import "github.com/dop251/goja"

// opaque lets a Go value live in a hidden property of a JavaScript object:
// embedded in a struct, it makes the struct a goja.DynamicObject without
// properties, which vm.NewDynamicObject wraps cheaply and Export returns.
type opaque struct{}

// Get reports no properties.
func (opaque) Get(string) goja.Value { return nil }

// Set refuses every property.
func (opaque) Set(string, goja.Value) bool { return false }

// Has reports no properties.
func (opaque) Has(string) bool { return false }

// Delete refuses to delete.
func (opaque) Delete(string) bool { return false }

// Keys lists no properties.
func (opaque) Keys() []string { return nil }

// stateKey is the hidden property under which an object keeps its Go state.
var stateKey = goja.NewSymbol("nodeshim.webapi")

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
