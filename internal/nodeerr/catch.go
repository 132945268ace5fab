package nodeerr

import "github.com/dop251/goja"

// Catch runs fn and returns its result, or instead the JavaScript value fn
// throws: the value of a *goja.Exception (a script function that threw) or
// a goja.Value that Go code panicked with, as callers do with this
// package's errors. Any other panic propagates. It lets a function that
// must report failure another way (a rejected promise, a callback) reuse
// code that throws.
func Catch[T any](fn func() T) (result T, thrown goja.Value) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case *goja.Exception:
				thrown = v.Value()
			case goja.Value:
				thrown = v
			default:
				panic(r)
			}
		}
	}()
	return fn(), nil
}
