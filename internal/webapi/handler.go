package webapi

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// defineEventHandler defines the on<typ> event handler attribute on proto.
//
// As in Node 20, the first assignment registers the handler as a listener at
// the end of typ's list, and that place is kept for good: later assignments,
// null included, only change what it calls. With dom set, the DOM's rule
// applies instead (see DefineDOMEventHandler): assigning a value that is not
// an object removes the handler, and the next assignment registers it anew
// at the end. Only a function is called; any other object is stored and
// returned by the getter but ignored at dispatch, as in both.
func (r *realm) defineEventHandler(proto *goja.Object, typ string, dom bool) {
	thisTarget := func(call goja.FunctionCall) *targetState {
		ts, ok := StateOf[*targetState](hiddenState, call.This)
		if !ok {
			panic(nodeerr.InvalidArgType(r.vm, "this", "an instance of EventTarget", call.This))
		}
		return ts
	}
	defineAccessor(r.vm, proto, "on"+typ, func(call goja.FunctionCall) goja.Value {
		if h := thisTarget(call).handlers[typ]; h != nil {
			return h.value
		}
		return goja.Null()
	}, func(call goja.FunctionCall) goja.Value {
		ts := thisTarget(call)
		h := ts.handlers[typ]
		if dom && !isObject(call.Argument(0)) {
			if h != nil {
				ts.remove(typ, h)
				delete(ts.handlers, typ)
			}
			return goja.Undefined()
		}
		if h == nil {
			h = &listener{kind: kindHandler}
			if ts.handlers == nil {
				ts.handlers = map[string]*listener{}
			}
			ts.handlers[typ] = h
			ts.add(typ, h)
		}
		h.value = call.Argument(0)
		h.fn, _ = goja.AssertFunction(h.value) // nil: stored, never called
		return goja.Undefined()
	})
}
