// Package callcache remembers the goja.Callables of the functions called
// last: goja.AssertFunction allocates a new Callable (a closure, and a
// method value for an arrow function) on every call, and the hot callers
// (an emitter's listeners, process.nextTick's callbacks) call the same few
// functions again and again.
package callcache

import (
	"reflect"
	"slices"

	"github.com/dop251/goja"
)

// size is how many functions a Cache remembers.
const size = 8

// Cache holds the Callables of the last functions it was asked for, in a
// ring. It keeps those functions reachable until newer ones take their
// slots, which no script can observe. The zero value is ready to use; a
// Cache belongs to its runtime's goroutine.
type Cache struct {
	fns  [size]*goja.Object
	call [size]goja.Callable
	next int // the slot the next new function takes
}

// Callable returns v's Callable, or false when v is not a function.
func (c *Cache) Callable(v goja.Value) (goja.Callable, bool) {
	fn, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	for i, f := range c.fns {
		if f == fn {
			return c.call[i], true
		}
	}
	call, ok := goja.AssertFunction(fn)
	if ok && fn.ExportType() == proxyType {
		call = withCopiedArguments(call)
	}
	if ok {
		c.fns[c.next], c.call[c.next] = fn, call
		c.next = (c.next + 1) % size
	}
	return call, ok
}

// proxyType is what ExportType says of a Proxy.
var proxyType = reflect.TypeOf(goja.Proxy{})

// withCopiedArguments returns a Callable that calls call with a copy of
// its arguments. goja gives a Proxy's apply trap an array over the very
// slice the Proxy was called with, which for our callers is the calling
// script's stack (an emit's arguments) or a slice reused afterwards: a trap
// that keeps the array would see it change. Functions of any other kind
// copy their arguments when called.
func withCopiedArguments(call goja.Callable) goja.Callable {
	return func(this goja.Value, args ...goja.Value) (goja.Value, error) {
		return call(this, slices.Clone(args)...)
	}
}
