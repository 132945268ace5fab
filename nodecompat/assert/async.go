package assert

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// asyncSource builds assert.rejects and assert.doesNotReject as async
// functions, so they resolve on the same promise ticks as Node's; the
// checks themselves are the Go ones of throws and doesNotThrow.
const asyncSource = `(function (expectsError, expectsNoError, noException, invalidReturn, invalidArg) {
	const isPromiseLike = (p) => p instanceof Promise ||
		(p !== null && typeof p === 'object' && typeof p.then === 'function' && typeof p.catch === 'function');
	async function waitForActual(promiseFn) {
		let promise;
		if (typeof promiseFn === 'function') {
			promise = promiseFn();
			if (!isPromiseLike(promise)) throw invalidReturn(promise);
		} else if (isPromiseLike(promiseFn)) {
			promise = promiseFn;
		} else {
			throw invalidArg(promiseFn);
		}
		try {
			await promise;
		} catch (e) {
			return e;
		}
		return noException;
	}
	return [
		async function rejects(promiseFn, ...args) { expectsError(await waitForActual(promiseFn), args); },
		async function doesNotReject(promiseFn, ...args) { expectsNoError(await waitForActual(promiseFn), args); },
	];
})`

// asyncAssertions returns rejects and doesNotReject.
func (m *module) asyncAssertions() (rejects, doesNotReject goja.Value) {
	vm := m.vm
	factory, err := vm.RunString(asyncSource)
	if err != nil {
		panic(err)
	}
	build, _ := goja.AssertFunction(factory)
	args := func(v goja.Value) []goja.Value {
		var out []goja.Value
		vm.ForOf(v, func(x goja.Value) bool {
			out = append(out, x)
			return true
		})
		return out
	}
	expectsError := func(call goja.FunctionCall) goja.Value {
		m.expectsError("rejects", call.Argument(0), args(call.Argument(1)))
		return goja.Undefined()
	}
	expectsNoError := func(call goja.FunctionCall) goja.Value {
		rest := args(call.Argument(1))
		arg := func(i int) goja.Value {
			if i < len(rest) {
				return rest[i]
			}
			return goja.Undefined()
		}
		m.expectsNoError("doesNotReject", call.Argument(0), arg(0), arg(1))
		return goja.Undefined()
	}
	invalidReturn := func(call goja.FunctionCall) goja.Value {
		got := strings.TrimPrefix(nodeerr.Received(vm, call.Argument(0)), " Received ")
		return nodeerr.TypeError(vm, "ERR_INVALID_RETURN_VALUE",
			`Expected instance of Promise to be returned from the "promiseFn" function but got `+got+".")
	}
	invalidArg := func(call goja.FunctionCall) goja.Value {
		return nodeerr.InvalidArgType(vm, "promiseFn", "of type function or an instance of Promise", call.Argument(0))
	}
	pair, err := build(goja.Undefined(), vm.ToValue(expectsError), vm.ToValue(expectsNoError), m.noException,
		vm.ToValue(invalidReturn), vm.ToValue(invalidArg))
	if err != nil {
		panic(err)
	}
	o := pair.ToObject(vm)
	return o.Get("0"), o.Get("1")
}
