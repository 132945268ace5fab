package host

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// NextTickFunction returns process.nextTick(callback, ...args) for vm: the
// one native that queues a JavaScript callback, with its arguments, on the
// nextTick queue. Modules hand it to their scripts.
func (h *Host) NextTickFunction() goja.Value {
	if h.nextTickFn == nil {
		fn := h.vm.ToValue(h.nextTickNative).(*goja.Object)
		_ = fn.DefineDataProperty("name", h.vm.ToValue("nextTick"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = fn.DefineDataProperty("length", h.vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		h.nextTickFn = fn
	}
	return h.nextTickFn
}

func (h *Host) nextTickNative(call goja.FunctionCall) goja.Value {
	fn, ok := h.tickCallables.Callable(call.Argument(0))
	if !ok {
		panic(nodeerr.InvalidArgType(h.vm, "callback", "of type function", call.Argument(0)))
	}
	var args []goja.Value
	if len(call.Arguments) > 1 {
		args = append(args, call.Arguments[1:]...)
	}
	h.NextTick(fn, args...)
	return goja.Undefined()
}
