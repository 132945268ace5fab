package emitter

import "github.com/dop251/goja"

// listenerCacheSize is how many listeners' Callables an emitter module
// keeps: enough for the few hot ones (the 'data' listeners of both ends of
// a connection) to be found again on every event.
const listenerCacheSize = 4

// listenerCache remembers the Callables of the listeners emitted to last,
// as goja.AssertFunction allocates a new one (and an arrow function a
// method value) on every call. It keeps those few functions reachable
// until newer listeners take their slots, which no script can observe.
type listenerCache struct {
	fns  [listenerCacheSize]*goja.Object
	call [listenerCacheSize]goja.Callable
	next int // the slot the next new listener takes
}

// callable returns v's Callable, or false when v is not a function.
func (c *listenerCache) callable(v goja.Value) (goja.Callable, bool) {
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
	if ok {
		c.fns[c.next], c.call[c.next] = fn, call
		c.next = (c.next + 1) % listenerCacheSize
	}
	return call, ok
}
