package stream

import "github.com/dop251/goja"

// emitCloseFunction makes emitClose(stream) of destroy.js, the tick after
// a stream's _destroy called back, a native: both states get closeEmitted,
// and 'close' goes out when either side emits it (a socket emits its own,
// later, and has neither). It runs once per destroyed stream, where the
// script's call frame and bit operations cost more than the work.
func emitCloseFunction(vm *goja.Runtime) *goja.Object {
	return methodFunction(vm, 1, func(call goja.FunctionCall) goja.Value {
		stream := call.Argument(0).ToObject(vm)
		r, w := stream.Get("_readableState"), stream.Get("_writableState")
		emit := markClosed(vm, w, int64(WritableCloseEmitted), int64(WritableEmitClose))
		if markClosed(vm, r, rCloseEmitted, rEmitClose) {
			emit = true
		}
		if emit {
			mustCallMethod(vm, nil, stream, "emit", vm.ToValue("close"))
		}
		return goja.Undefined()
	})
}

// markClosed sets bit in state's flags, when state is truthy, and tells
// whether they have emitClose; a truthy state that is not an object
// throws, as the script's assignment does in strict mode.
func markClosed(vm *goja.Runtime, state goja.Value, bit, emitClose int64) bool {
	if state == nil || !state.ToBoolean() {
		return false
	}
	st, ok := state.(*goja.Object)
	if !ok {
		panic(vm.NewTypeError("Cannot create property 'Symbol(kState)' on %s", state.String()))
	}
	var flags int64
	if v := st.GetSymbol(StateKey); v != nil {
		flags = v.ToInteger()
	}
	flags |= bit
	_ = st.SetSymbol(StateKey, flags)
	return flags&emitClose != 0
}
