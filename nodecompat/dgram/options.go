package dgram

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// coreFor returns the core socket for an option call named op. Before bind
// there is none, and Node's call fails with EBADF; after close Node's
// handle is null, and reading a method of null throws a TypeError.
func (s *socket) coreFor(op string) *udp.Socket {
	s.nullHandleCheck(op)
	if s.core == nil {
		panic(nodeerr.FromSocket(s.m.vm, sockerr.FromErrno(op, unix.EBADF, "", 0)))
	}
	return s.core
}

// check throws err as Node's ErrnoException.
func (s *socket) check(err error) {
	if err != nil {
		panic(nodeerr.FromSocket(s.m.vm, sockerr.Wrap("", err, "", 0)))
	}
}

// setTTL is socket.setTTL(ttl) and setMulticastTTL(ttl): a number, which
// the kernel checks (EINVAL out of range); it returns ttl.
func (s *socket) setTTL(op string, ttl goja.Value, set func(*udp.Socket, int) error) goja.Value {
	if !isNumber(ttl) {
		panic(nodeerr.InvalidArgType(s.m.vm, "ttl", "of type number", ttl))
	}
	c := s.coreFor(op)
	s.check(set(c, int(int32(toUint32(ttl.ToFloat())))))
	return ttl
}

// bufferSize gets (size 0) or sets a kernel buffer size, as Node's
// bufferSize helper does.
func (s *socket) bufferSize(size goja.Value, recv bool) goja.Value {
	vm := s.m.vm
	f := size.ToFloat()
	if !isNumber(size) || f != float64(toUint32(f)) {
		panic(nodeerr.TypeError(vm, "ERR_SOCKET_BAD_BUFFER_SIZE", "Buffer size must be a positive integer"))
	}
	op := "uv_send_buffer_size"
	if recv {
		op = "uv_recv_buffer_size"
	}
	s.nullHandleCheck("bufferSize")
	if s.core == nil {
		panic(s.m.bufferSizeError(sockerr.FromErrno(op, unix.EBADF, "", 0)))
	}
	var n int
	var err error
	switch {
	case f == 0 && recv:
		n, err = s.core.RecvBufferSize()
	case f == 0:
		n, err = s.core.SendBufferSize()
	case recv:
		err = s.core.SetRecvBufferSize(int(f))
	default:
		err = s.core.SetSendBufferSize(int(f))
	}
	if err != nil {
		panic(s.m.bufferSizeError(sockerr.Wrap(op, err, "", 0)))
	}
	return vm.ToValue(n)
}

// bufferSizeError is Node's ERR_SOCKET_BUFFER_SIZE SystemError.
func (m *module) bufferSizeError(err *sockerr.Error) *goja.Object {
	vm := m.vm
	const code = "ERR_SOCKET_BUFFER_SIZE"
	desc := err.Code
	if errno, ok := err.Err.(unix.Errno); ok {
		desc = errno.Error()
	}
	msg := "Could not get or set buffer size: " + err.Syscall + " returned " + err.Code + " (" + desc + ")"
	obj := nodeerr.Error(vm, code, msg)
	_ = obj.DefineDataProperty("name", vm.ToValue("SystemError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if stack := obj.Get("stack"); stack != nil {
		const prefix = "Error [" + code + "]"
		if s := stack.String(); len(s) >= len(prefix) && s[:len(prefix)] == prefix {
			_ = obj.DefineDataProperty("stack", vm.ToValue("SystemError ["+code+"]"+s[len(prefix):]), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	info := vm.NewObject()
	_ = info.Set("errno", err.Errno)
	_ = info.Set("code", err.Code)
	_ = info.Set("message", desc)
	_ = info.Set("syscall", err.Syscall)
	_ = obj.Set("info", info)
	_ = obj.Set("errno", err.Errno)
	_ = obj.Set("syscall", err.Syscall)
	return obj
}

// sendQueue returns one of the send queue's measures: 0 before bind, and
// the null-handle TypeError after close, as in Node.
func (s *socket) sendQueue(op string, measure func(*udp.Socket) int) goja.Value {
	s.nullHandleCheck(op)
	if s.core == nil {
		return s.m.vm.ToValue(0)
	}
	return s.m.vm.ToValue(measure(s.core))
}

// nullHandleCheck throws what Node's methods throw once close has set the
// handle to null: reading the method op of null.
func (s *socket) nullHandleCheck(op string) {
	if s.closed {
		panic(s.m.vm.NewTypeError("Cannot read properties of null (reading '" + op + "')"))
	}
}
