package webapi

import (
	"weak"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// abortState is the Go side of an AbortSignal (its EventTarget side is the
// targetState that points to it).
type abortState struct {
	r       *realm
	obj     *goja.Object
	ts      *targetState
	aborted bool
	reason  goja.Value

	// composite is set for AbortSignal.any's signals; sources are the
	// plain signals they follow, dependents the composites following this
	// one. Dependents are held weakly, as Node holds them, so that a
	// long-lived signal does not keep every AbortSignal.any made from it.
	composite  bool
	sources    []*abortState
	dependents []weak.Pointer[abortState]
}

// newSignal creates an AbortSignal that is not aborted.
func (r *realm) newSignal() *abortState {
	obj := r.vm.CreateObject(r.abortSignal.Proto)
	ts := r.initTarget(obj)
	as := &abortState{r: r, obj: obj, ts: ts}
	ts.abort = as
	return as
}

// signalOf returns the abortState of v if v is an AbortSignal.
func signalOf(v goja.Value) *abortState {
	if ts, ok := StateOf[*targetState](hiddenState, v); ok {
		return ts.abort
	}
	return nil
}

// thisSignal returns the state of a method's receiver or throws
// ERR_INVALID_THIS.
func (r *realm) thisSignal(call goja.FunctionCall) *abortState {
	as := signalOf(call.This)
	if as == nil {
		panic(invalidThis(r.vm, "AbortSignal"))
	}
	return as
}

// abortError is the default reason, DOMException AbortError.
func (r *realm) abortError() goja.Value {
	return r.newDOMException("This operation was aborted", "AbortError")
}

// abort aborts the signal with reason, as Node 20 does: mark it, fire a
// trusted 'abort' event, then abort the signals that depend on it.
func (as *abortState) abort(reason goja.Value) {
	if as.aborted {
		return
	}
	as.aborted, as.reason = true, reason
	delete(as.r.persistent, as)
	if as.ts.hasListeners("abort") {
		evObj, ev := as.r.newPlainEvent("abort")
		as.r.dispatch(as.ts, as.obj, evObj, ev)
	}
	deps := as.dependents
	as.dependents = nil
	for _, p := range deps {
		if d := p.Value(); d != nil {
			d.abort(reason)
		}
	}
}

// follow makes the composite signal dep abort when as aborts. Dependents
// that were garbage collected are dropped on the way.
func (as *abortState) follow(dep *abortState) {
	live := as.dependents[:0]
	found := false
	for _, p := range as.dependents {
		if d := p.Value(); d != nil {
			found = found || d == dep
			live = append(live, p)
		}
	}
	clear(as.dependents[len(live):])
	if !found {
		live = append(live, weak.Make(dep))
		dep.sources = append(dep.sources, as)
	}
	as.dependents = live
}

// hook adds fn as an 'abort' listener of the signal that runs even after a
// listener stopped propagation, as Node's internal hooks do, and returns
// the function that removes it.
func (as *abortState) hook(fn func()) (remove func()) {
	h := &listener{kind: kindGo, resist: true, once: true, goFn: func(*eventState) { fn() }}
	as.ts.add("abort", h)
	return func() { as.ts.remove("abort", h) }
}

// listenersChanged keeps a composite signal with abort listeners alive
// until it aborts, since only weak references lead to it from its sources
// (Node does the same).
func (as *abortState) listenersChanged(live int) {
	if !as.composite || as.aborted {
		return
	}
	if live > 0 {
		as.r.persistent[as] = struct{}{}
	} else {
		delete(as.r.persistent, as)
	}
}

// newAbortSignalClass builds AbortSignal, which scripts cannot construct.
func (r *realm) newAbortSignalClass() *Class {
	vm := r.vm
	c := r.newClass("AbortSignal", 0, r.eventTarget, func(*goja.Object, []goja.Value) {
		panic(nodeerr.TypeError(vm, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor"))
	})
	c.Accessor("aborted", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(r.thisSignal(call).aborted)
	}, nil)
	c.Accessor("reason", func(call goja.FunctionCall) goja.Value {
		if as := r.thisSignal(call); as.reason != nil {
			return as.reason
		}
		return goja.Undefined()
	}, nil)
	c.Method("throwIfAborted", 0, func(call goja.FunctionCall) goja.Value {
		if as := r.thisSignal(call); as.aborted {
			panic(as.reason)
		}
		return goja.Undefined()
	})
	r.defineEventHandler(c.Proto, "abort", false)
	c.Static("abort", 0, func(call goja.FunctionCall) goja.Value {
		as := r.newSignal()
		as.aborted, as.reason = true, call.Argument(0)
		if goja.IsUndefined(as.reason) {
			as.reason = r.abortError()
		}
		return as.obj
	})
	c.Static("timeout", 1, r.abortSignalTimeout)
	c.Static("any", 1, r.abortSignalAny)
	r.defineInspect(c.Proto, func(call goja.FunctionCall) goja.Value {
		fields := vm.NewObject()
		must(fields.Set("aborted", r.thisSignal(call).aborted))
		return r.inspectAs(call, fields)
	})
	return c
}

// controllerState is the Go side of an AbortController.
type controllerState struct {
	Opaque
	signal *abortState
}

// newAbortControllerClass builds AbortController.
func (r *realm) newAbortControllerClass() *Class {
	vm := r.vm
	c := r.newClass("AbortController", 0, nil, func(this *goja.Object, _ []goja.Value) {
		hiddenState.Attach(vm, this, &controllerState{signal: r.newSignal()})
	})
	this := func(call goja.FunctionCall) *controllerState {
		cs, ok := StateOf[*controllerState](hiddenState, call.This)
		if !ok {
			panic(vm.NewTypeError("Cannot read private member #signal from an object whose class did not declare it"))
		}
		return cs
	}
	c.Accessor("signal", func(call goja.FunctionCall) goja.Value {
		return this(call).signal.obj
	}, nil)
	c.Method("abort", 0, func(call goja.FunctionCall) goja.Value {
		cs := this(call)
		reason := call.Argument(0)
		if goja.IsUndefined(reason) && !cs.signal.aborted {
			reason = r.abortError()
		}
		cs.signal.abort(reason)
		return goja.Undefined()
	})
	r.defineInspect(c.Proto, func(call goja.FunctionCall) goja.Value {
		fields := vm.NewObject()
		must(fields.Set("signal", this(call).signal.obj))
		return r.inspectAs(call, fields)
	})
	return c
}
