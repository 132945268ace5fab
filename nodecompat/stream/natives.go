package stream

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// natives are the Go functions the scripts share.
type natives struct {
	vm   *goja.Runtime
	host *host.Host
}

// install puts the natives on the shared internals object.
func (n *natives) install(shared *goja.Object) {
	set(shared, "nextTick", n.host.NextTickFunction())
	set(shared, "codedError", n.codedError)
	set(shared, "invalidArgType", n.invalidArgType)
	set(shared, "invalidArgValue", n.invalidArgValue)
	set(shared, "outOfRange", n.outOfRange)
	set(shared, "invalidReturnValue", n.invalidReturnValue)
}

// codedError(code, arg) builds the Node error with that code; arg fills
// the message where the code's message names something.
func (n *natives) codedError(call goja.FunctionCall) goja.Value {
	code := call.Argument(0).String()
	kind, ok := streamErrors[code]
	if !ok {
		panic(n.vm.NewTypeError("stream: unknown error code " + code))
	}
	msg := kind.message
	if kind.takesArg {
		msg = fmt.Sprintf(msg, call.Argument(1).String())
	}
	switch kind.ctor {
	case "TypeError":
		return nodeerr.TypeError(n.vm, code, msg)
	case "RangeError":
		return nodeerr.RangeError(n.vm, code, msg)
	}
	return nodeerr.Error(n.vm, code, msg)
}

// invalidArgType(name, expected, actual) is ERR_INVALID_ARG_TYPE.
func (n *natives) invalidArgType(call goja.FunctionCall) goja.Value {
	return nodeerr.InvalidArgType(n.vm, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
}

// invalidArgValue(name, actual, reason) is ERR_INVALID_ARG_VALUE.
func (n *natives) invalidArgValue(call goja.FunctionCall) goja.Value {
	reason := ""
	if r := call.Argument(2); !goja.IsUndefined(r) {
		reason = r.String()
	}
	return nodeerr.InvalidArgValue(n.vm, call.Argument(0).String(), call.Argument(1), reason)
}

// outOfRange(name, range, actual) is ERR_OUT_OF_RANGE.
func (n *natives) outOfRange(call goja.FunctionCall) goja.Value {
	return nodeerr.OutOfRange(n.vm, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
}

// invalidReturnValue(expected, name, actual) is ERR_INVALID_RETURN_VALUE.
func (n *natives) invalidReturnValue(call goja.FunctionCall) goja.Value {
	got := strings.TrimPrefix(nodeerr.Received(n.vm, call.Argument(2)), " Received ")
	return nodeerr.TypeError(n.vm, "ERR_INVALID_RETURN_VALUE", fmt.Sprintf(
		"Expected %s to be returned from the %q function but got %s.",
		call.Argument(0).String(), call.Argument(1).String(), got))
}
