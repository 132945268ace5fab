package webapi

import (
	"math"
	"strconv"
	"time"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// abortSignalTimeout is AbortSignal.timeout(delay): a signal that aborts
// with a DOMException TimeoutError after delay ms. Its timer does not keep
// the loop alive, as in Node. A delay above 2^31-1 ms becomes 1 ms with a
// TimeoutOverflowWarning, as Node's setTimeout makes it.
func (r *realm) abortSignalTimeout(call goja.FunctionCall) goja.Value {
	vm := r.vm
	delay := call.Argument(0)
	if !isNumber(delay) {
		panic(nodeerr.InvalidArgType(vm, "delay", "of type number", delay))
	}
	ms := delay.ToFloat()
	if math.IsInf(ms, 0) || ms != math.Trunc(ms) {
		panic(nodeerr.OutOfRange(vm, "delay", "an integer", delay))
	}
	if ms < 0 || ms > math.MaxUint32 {
		panic(nodeerr.OutOfRange(vm, "delay", ">= 0 && <= "+strconv.Itoa(math.MaxUint32), delay))
	}
	if ms > math.MaxInt32 {
		// Node hands the delay to setTimeout, which warns and uses 1 ms.
		r.warn(delay.String()+" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.", "TimeoutOverflowWarning")
		ms = 1
	}
	h := host.From(vm)
	if h == nil {
		panic(vm.NewTypeError("AbortSignal.timeout needs an event loop"))
	}
	as := r.newSignal()
	timer := h.Loop().NewTimer(time.Duration(ms)*time.Millisecond, func() {
		as.abort(r.newDOMException("The operation was aborted due to timeout", "TimeoutError"))
	})
	timer.Unref()
	return as.obj
}

// abortSignalAny is AbortSignal.any(signals): a signal that aborts with the
// reason of the first of signals to abort.
func (r *realm) abortSignalAny(call goja.FunctionCall) goja.Value {
	vm := r.vm
	arg := call.Argument(0)
	arr, ok := arg.(*goja.Object)
	if !ok || arr.ClassName() != "Array" {
		panic(nodeerr.InvalidArgType(vm, "signals", "an instance of Array", arg))
	}
	n := int(arr.Get("length").ToInteger())
	signals := make([]*goja.Object, n)
	for i := range signals {
		v := arr.Get(strconv.Itoa(i))
		o, ok := v.(*goja.Object)
		if !ok || o.Get("aborted") == nil {
			panic(nodeerr.InvalidArgType(vm, "signals["+strconv.Itoa(i)+"]", "an instance of AbortSignal", v))
		}
		signals[i] = o
	}
	res := r.newSignal()
	res.composite = true
	for _, s := range signals {
		if truthy(s.Get("aborted")) {
			res.aborted, res.reason = true, s.Get("reason")
			return res.obj
		}
	}
	for _, s := range signals {
		src := signalOf(s)
		switch {
		case src == nil: // a look-alike: nothing to follow
		case src.composite:
			for _, base := range src.sources {
				base.follow(res)
			}
		default:
			src.follow(res)
		}
	}
	return res.obj
}
