package emitter

import (
	"strconv"

	"github.com/dop251/goja"
)

// isUndefined reports whether v is undefined or a missing property (nil).
func isUndefined(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v)
}

// isNullish reports whether v is undefined, null or missing.
func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// nilSafe turns a missing property into undefined.
func nilSafe(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// isFunction reports whether v is callable (typeof v === 'function').
// goja.AssertFunction allocates a closure on every call, so the object's
// class answers first: "Function" is only ever a callable's. Callables of
// another class (goja gives async arrow functions "Object") and revoked
// proxies (whose class goja refuses to tell) fall back to AssertFunction.
func isFunction(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	if classIsFunction(o) {
		return true
	}
	_, ok = goja.AssertFunction(o)
	return ok
}

// classIsFunction reports whether o's class is "Function", and false for
// a revoked proxy, whose ClassName throws.
func classIsFunction(o *goja.Object) (is bool) {
	defer func() {
		if recover() != nil {
			is = false
		}
	}()
	return o.ClassName() == "Function"
}

// getKey reads o[key] where key is an event name: a symbol or a value used
// as a string.
func getKey(o *goja.Object, key goja.Value) goja.Value {
	if sym, ok := key.(*goja.Symbol); ok {
		return o.GetSymbol(sym)
	}
	return o.Get(key.String())
}

// setKey assigns o[key] = v.
func setKey(o *goja.Object, key, v goja.Value) {
	if sym, ok := key.(*goja.Symbol); ok {
		must(o.SetSymbol(sym, v))
		return
	}
	must(o.Set(key.String(), v))
}

// deleteKey removes o[key].
func deleteKey(o *goja.Object, key goja.Value) {
	if sym, ok := key.(*goja.Symbol); ok {
		must(o.DeleteSymbol(sym))
		return
	}
	must(o.Delete(key.String()))
}

// keyString is String(key) for an event name, which for a symbol reads
// "Symbol(description)".
func keyString(key goja.Value) string {
	if sym, ok := key.(*goja.Symbol); ok {
		return "Symbol(" + sym.String() + ")"
	}
	return key.String()
}

// call invokes fn with this and args, rethrowing what it throws. The
// Callable comes from the cache, which also gives a Proxy its own copy of
// args (its apply trap may keep them, and a caller may reuse the slice).
func (e *events) call(fn goja.Value, this goja.Value, args ...goja.Value) goja.Value {
	f, ok := e.callables.Callable(fn)
	if !ok {
		panic(e.vm.NewTypeError("%s is not a function", nilSafe(fn).String()))
	}
	res, err := f(this, args...)
	must(err)
	return res
}

// callMethod invokes obj[name](...args), as JavaScript's obj.name(...)
// does, so that subclasses' overrides take part. The methods called are
// the same few (on, removeListener, emit), whose Callables the cache keeps.
func (e *events) callMethod(obj *goja.Object, name string, args ...goja.Value) goja.Value {
	return e.callValue(obj, name, obj.Get(name), args...)
}

// callValue is callMethod for a method fn already read from obj[name].
func (e *events) callValue(obj *goja.Object, name string, fn goja.Value, args ...goja.Value) goja.Value {
	f, ok := e.callables.Callable(fn)
	if !ok {
		panic(e.vm.NewTypeError("%s is not a function", name))
	}
	res, err := f(obj, args...)
	must(err)
	return res
}

// sameObject reports whether v is the object o. EventEmitter's own methods
// found where a script could have put others are recognised with it: own
// natives may run directly, as no script can tell the difference.
func sameObject(v goja.Value, o *goja.Object) bool {
	obj, ok := v.(*goja.Object)
	return ok && obj == o
}

// arrayValues returns a copy of the elements of an array of listeners.
func arrayValues(arr *goja.Object) []goja.Value {
	n := nilSafe(arr.Get("length")).ToInteger()
	vals := make([]goja.Value, n)
	for i := range vals {
		vals[i] = nilSafe(arr.Get(strconv.Itoa(i)))
	}
	return vals
}

// setArrayValues makes arr hold exactly vals, editing it in place so that
// code holding the array sees the change, as with Node's splice and unshift.
func setArrayValues(arr *goja.Object, vals []goja.Value) {
	for i, v := range vals {
		must(arr.Set(strconv.Itoa(i), v))
	}
	must(arr.Set("length", len(vals)))
}

// unwrap returns the listener a once wrapper stands for, or v itself.
func unwrap(v goja.Value) goja.Value {
	if o, ok := v.(*goja.Object); ok {
		if l := o.Get("listener"); isFunction(l) {
			return l
		}
	}
	return v
}

// matches reports whether the stored entry is listener or a once wrapper of
// it.
func matches(entry, listener goja.Value) bool {
	if entry.StrictEquals(listener) {
		return true
	}
	if o, ok := entry.(*goja.Object); ok {
		if l := o.Get("listener"); l != nil {
			return l.StrictEquals(listener)
		}
	}
	return false
}
