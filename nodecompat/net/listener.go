package net

import (
	"errors"
	"os"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// server is the Go side of a Server's listening handle.
type server struct {
	m     *Module
	obj   *goja.Object
	owner *goja.Object // the Server
	ln    *tcp.Listener
	isTCP bool
}

// newServerClass builds the listening handle class.
func (m *Module) newServerClass() *webapi.Class {
	c := webapi.NewClass(m.vm, "TCPServer", 0, nil, func(*goja.Object, []goja.Value) {
		panic(m.vm.NewTypeError("Illegal constructor"))
	})
	c.Method("close", 0, m.serverMethod(func(s *server, _ goja.FunctionCall) goja.Value {
		_ = s.ln.Close()
		return goja.Undefined()
	}))
	c.Method("getsockname", 1, m.serverMethod(func(s *server, call goja.FunctionCall) goja.Value {
		if !s.isTCP {
			return m.vm.ToValue(-22)
		}
		return m.fillAddr(call.Argument(0), s.ln.Addr())
	}))
	c.Method("ref", 0, m.serverMethod(func(s *server, _ goja.FunctionCall) goja.Value {
		s.ln.Ref()
		return goja.Undefined()
	}))
	c.Method("unref", 0, m.serverMethod(func(s *server, _ goja.FunctionCall) goja.Value {
		s.ln.Unref()
		return goja.Undefined()
	}))
	c.Method("hasRef", 0, m.serverMethod(func(s *server, _ goja.FunctionCall) goja.Value {
		return m.vm.ToValue(s.ln.HasRef())
	}))
	return c
}

// serverMethod adapts a listening handle method to a native function.
func (m *Module) serverMethod(fn func(*server, goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		o, _ := call.This.(*goja.Object)
		var s *server
		if o != nil {
			if v := o.GetSymbol(m.handleKey); v != nil {
				s, _ = v.Export().(*server)
			}
		}
		if s == nil {
			panic(m.vm.NewTypeError("Illegal invocation"))
		}
		return fn(s, call)
	}
}

// listen(server, host, port, path, backlog, ipv6Only, reusePort,
// readableAll, writableAll) starts listening and returns {handle} or
// {error} (the core's failure as Node's error, for the script to emit on
// the next tick). readableAll and writableAll open a path's socket file to
// every user, as Node's listen options do.
func (m *Module) listen(call goja.FunctionCall) goja.Value {
	vm := m.vm
	owner, _ := call.Argument(0).(*goja.Object)
	opts := tcp.ListenOptions{
		Host:      call.Argument(1).String(),
		Port:      int(call.Argument(2).ToInteger()),
		Path:      call.Argument(3).String(),
		Backlog:   int(call.Argument(4).ToInteger()),
		IPv6Only:  call.Argument(5).ToBoolean(),
		ReusePort: call.Argument(6).ToBoolean(),
	}
	s := &server{m: m, owner: owner, isTCP: opts.Path == ""}
	res := vm.NewObject()
	ln, err := tcp.Listen(m.host.Loop(), opts, s)
	if err == nil && opts.Path != "" {
		if err = openPipeFile(opts.Path, call.Argument(7).ToBoolean(), call.Argument(8).ToBoolean()); err != nil {
			ln.Close()
		}
	}
	if err != nil {
		set(res, "error", m.jsError(pipeListenError(opts.Path, err)))
		return res
	}
	s.ln = ln
	s.obj = vm.NewObject()
	_ = s.obj.SetPrototype(m.server.Proto)
	_ = s.obj.DefineDataPropertySymbol(m.handleKey, vm.ToValue(s), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	set(res, "handle", s.obj)
	return res
}

// openPipeFile adds read and/or write permission for everyone to the
// socket file at path (libuv's uv_pipe_chmod, which Node's readableAll and
// writableAll use).
func openPipeFile(path string, readable, writable bool) error {
	var add os.FileMode
	if readable {
		add |= 0o444
	}
	if writable {
		add |= 0o222
	}
	if add == 0 {
		return nil
	}
	fi, err := os.Stat(path)
	if err == nil {
		err = os.Chmod(path, fi.Mode().Perm()|add)
	}
	var errno unix.Errno
	if errors.As(err, &errno) {
		return sockerr.FromErrno("uv_pipe_chmod", errno, "", 0)
	}
	return err
}

// pipeListenError reports a path whose directory is missing as EACCES, not
// ENOENT, as libuv does for Windows' sake and so Node does everywhere.
func pipeListenError(path string, err error) error {
	var se *sockerr.Error
	if path == "" || !errors.As(err, &se) || !errors.Is(se.Err, unix.ENOENT) {
		return err
	}
	return sockerr.FromErrno(se.Syscall, unix.EACCES, se.Address, se.Port)
}

// OnConnection hands an accepted connection to the Server as a new
// handle, not reading until its socket asks.
func (s *server) OnConnection(c *tcp.Conn) {
	h := s.m.newHandle(s.isTCP)
	h.attach(c)
	s.m.callJS(s.m.onConnection, s.owner, h.obj)
}

// OnError reports a failed accept to the Server.
func (s *server) OnError(err error) {
	s.m.callJS(s.m.onConnection, s.owner, goja.Undefined(), s.m.jsError(err))
}
