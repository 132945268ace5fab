package nodeerr

import (
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
