package nodeerr

import (
	"math"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// FromSocket returns Node's JavaScript error for a failure of the socket
// core: an Error whose message is the core's ("connect ECONNREFUSED
// 127.0.0.1:9"), with Node's properties in Node's order: errno, code and
// syscall, then address and port (the port only when positive), or
// hostname for a failed name lookup. An errno of 0 (resolver failures that
// do not come from the OS) reads as undefined, as in Node. An error without
// a syscall, such as a TLS verification failure, carries only its code.
// A nil err gives nil.
func FromSocket(vm *goja.Runtime, err *sockerr.Error) *goja.Object {
	if err == nil {
		return nil
	}
	ctor, _ := vm.Get("Error").(*goja.Object)
	obj, jsErr := vm.New(ctor, vm.ToValue(err.Error()))
	if jsErr != nil {
		panic(jsErr)
	}
	if err.Syscall == "" && err.Errno == 0 {
		if err.Code != "" {
			_ = obj.Set("code", err.Code)
		}
		return obj
	}
	errno := goja.Undefined()
	if err.Errno != 0 {
		errno = vm.ToValue(err.Errno)
	}
	_ = obj.Set("errno", errno)
	_ = obj.Set("code", err.Code)
	_ = obj.Set("syscall", err.Syscall)
	if err.Hostname != "" {
		_ = obj.Set("hostname", err.Hostname)
	}
	if err.Address != "" {
		_ = obj.Set("address", err.Address)
		if err.Port > 0 {
			_ = obj.Set("port", err.Port)
		}
	}
	return obj
}

// ValidatePort returns port as Node's validatePort does, or throws its
// ERR_SOCKET_BAD_PORT RangeError ("Port should be >= 0 and < 65536. Received
// type number (70000)."). A port is a number or a non-blank numeric string
// naming an integer from 0 (1 unless allowZero) to 65535. name is the
// message's subject, "Port" in Node's own calls.
func ValidatePort(vm *goja.Runtime, port goja.Value, name string, allowZero bool) int {
	var n float64
	ok := false
	switch v := port.Export().(type) {
	case int64:
		n, ok = float64(v), v != 0 || allowZero
	case float64:
		n, ok = v, v != 0 || allowZero
	case string:
		n, ok = port.ToFloat(), strings.TrimSpace(v) != ""
	}
	if !ok || n != math.Trunc(n) || n < 0 || n > 0xffff || goja.IsNull(port) {
		op := ">"
		if allowZero {
			op = ">="
		}
		panic(RangeError(vm, "ERR_SOCKET_BAD_PORT",
			name+" should be "+op+" 0 and < 65536."+Received(vm, port)+"."))
	}
	return int(n)
}
