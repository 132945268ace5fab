package util

import (
	"math"
	"strconv"

	"github.com/dop251/goja"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"golang.org/x/sys/unix"
)

// libuvErrorNames are libuv's own (negative) error codes, which are not
// errnos: getaddrinfo failures and a few others.
var libuvErrorNames = map[int64]string{
	-3000: "EAI_ADDRFAMILY", -3001: "EAI_AGAIN", -3002: "EAI_BADFLAGS", -3003: "EAI_CANCELED",
	-3004: "EAI_FAIL", -3005: "EAI_FAMILY", -3006: "EAI_MEMORY", -3007: "EAI_NODATA",
	-3008: "EAI_NONAME", -3009: "EAI_OVERFLOW", -3010: "EAI_SERVICE", -3011: "EAI_SOCKTYPE",
	-3013: "EAI_BADHINTS", -3014: "EAI_PROTOCOL", -4080: "ECHARSET", -4094: "UNKNOWN", -4095: "EOF",
}

// getSystemErrorName is util.getSystemErrorName(err): the name of a negative
// libuv error code, e.g. -111 → 'ECONNREFUSED'.
func (s *state) getSystemErrorName(call goja.FunctionCall) goja.Value {
	vm := s.vm
	arg := call.Argument(0)
	if !goja.IsNumber(arg) {
		panic(nodeerr.InvalidArgType(vm, "err", "of type number", arg))
	}
	f := arg.ToFloat()
	if f >= 0 || f != math.Trunc(f) {
		panic(nodeerr.OutOfRange(vm, "err", "a negative integer", arg))
	}
	n := int64(f)
	if name, ok := libuvErrorNames[n]; ok {
		return vm.ToValue(name)
	}
	if -n < 1<<16 {
		if name := unix.ErrnoName(unix.Errno(-n)); name != "" {
			return vm.ToValue(name)
		}
	}
	return vm.ToValue("Unknown system error " + strconv.FormatInt(n, 10))
}
