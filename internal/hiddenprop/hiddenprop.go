// Package hiddenprop reads the Go values that packages keep on JavaScript
// objects in hidden properties under symbols of their own.
package hiddenprop

import "github.com/dop251/goja"

// Get returns the Go value that v holds under the symbol key, if v is an
// object with such a property and the value it exports is a T.
func Get[T any](v goja.Value, key *goja.Symbol) (T, bool) {
	var zero T
	o, ok := v.(*goja.Object)
	if !ok {
		return zero, false
	}
	p := o.GetSymbol(key)
	if p == nil {
		return zero, false
	}
	t, ok := p.Export().(T)
	return t, ok
}
