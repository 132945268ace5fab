package stream

import "github.com/dop251/goja"

// The getters of a Writable's flags (writable, writableEnded,
// writableFinished, destroyed...) are natives: a script getter costs a call
// frame and bit operations that allocate in goja (the flags lie above
// 255), about 4.5k instructions a read, a native one a property read and a
// symbol read, about 1.4k. Stream ends read them several times each.

// writableFlagsOf returns the flags of this's _writableState, and false
// when it has none (a falsy state); a state without a flag number has
// none set, as the scripts' undefined & bit reads.
func writableFlagsOf(vm *goja.Runtime, this goja.Value) (WritableFlags, bool) {
	o, ok := this.(*goja.Object)
	if !ok {
		o = this.ToObject(vm)
	}
	v := o.Get("_writableState")
	w, ok := v.(*goja.Object)
	if !ok {
		// A truthy state that is not an object has no flags either.
		return 0, v != nil && v.ToBoolean()
	}
	flags, _ := WritableStateFlags(w)
	return flags, true
}

// writableFlagGetter returns the getter of a property that reads one flag
// of the writable state (false without a state): flagGetter(bit).
func writableFlagGetter(vm *goja.Runtime) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		bit := WritableFlags(call.Argument(0).ToInteger())
		return getterFunction(vm, func(call goja.FunctionCall) goja.Value {
			flags, _ := writableFlagsOf(vm, call.This)
			return vm.ToValue(flags&bit != 0)
		})
	}
}

// writableGetter is the writable getter: false without a state, when the
// writable field was set false (kHasWritable alone), or once destroyed,
// failed or ending.
func writableGetter(vm *goja.Runtime) *goja.Object {
	const field = WritableHasWritable | WritableWritable
	const notWritable = WritableDestroyed | WritableErrored | WritableEnding | WritableEnded
	return getterFunction(vm, func(call goja.FunctionCall) goja.Value {
		flags, ok := writableFlagsOf(vm, call.This)
		return vm.ToValue(ok && flags&field != WritableHasWritable && flags&notWritable == 0)
	})
}

// duplexDestroyedGetter is Duplex's destroyed getter: false unless both
// states exist, then whether both sides are destroyed (the writable side
// read only when the readable one is; a null state throws, as reading
// its flags in a script does).
func duplexDestroyedGetter(vm *goja.Runtime) *goja.Object {
	return getterFunction(vm, func(call goja.FunctionCall) goja.Value {
		o, ok := call.This.(*goja.Object)
		if !ok {
			o = call.This.ToObject(vm)
		}
		r, w := o.Get("_readableState"), o.Get("_writableState")
		if r == nil || w == nil || goja.IsUndefined(r) || goja.IsUndefined(w) {
			return vm.ToValue(false)
		}
		return vm.ToValue(flagSet(vm, r, rDestroyed) && flagSet(vm, w, int64(WritableDestroyed)))
	})
}

// flagSet tells whether state[kState] has bit; a state that is not an
// object has no flags, and a null one throws.
func flagSet(vm *goja.Runtime, state goja.Value, bit int64) bool {
	st, ok := state.(*goja.Object)
	if !ok {
		if goja.IsNull(state) {
			panic(vm.NewTypeError("Cannot read properties of null (reading 'Symbol(kState)')"))
		}
		return false
	}
	v := st.GetSymbol(StateKey)
	return v != nil && v.ToInteger()&bit != 0
}

// getterFunction makes fn a getter function as Node's are, named "get"
// (their object literals' get() methods).
func getterFunction(vm *goja.Runtime, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := methodFunction(vm, 0, fn)
	if err := f.DefineDataProperty("name", vm.ToValue("get"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		panic(err)
	}
	return f
}
