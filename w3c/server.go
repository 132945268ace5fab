package w3c

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/core/tlsconn"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// serverSock is the Go side of a TCPServerSocket, over a core/tcp
// listener. It is the listener's handler.
type serverSock struct {
	webapi.Opaque
	r        *realm
	obj      *goja.Object
	ln       *tcp.Listener    // nil when listening failed
	laddr    string           // the local address as the script gave it, if it did
	op       tcpOptions       // what accepted sockets inherit
	tlsCtx   *tlsconn.Context // useSecureTransport's context
	ws       *wsServerOptions // accept WebSocket upgrades; nil for plain TCP
	state    int
	suspends int
	accepted int // accepted sockets not yet closed
	closed   bool
}

// newTCPServerClass builds TCPServerSocket:
//
//	new TCPServerSocket([localAddress], [localPort], [options])
//	new TCPServerSocket(options) // the proposal's form, with localAddress
//	                             // and localPort among the options
func (r *realm) newTCPServerClass() *webapi.Class {
	vm := r.vm
	c := webapi.NewClass(vm, "TCPServerSocket", 0, webapi.EventTargetClass(vm), func(this *goja.Object, args []goja.Value) {
		webapi.InitEventTarget(vm, this)
		r.listenTCP(this, args)
	})
	for i, name := range []string{"CONNECTING", "OPEN", "CLOSING", "CLOSED"} {
		c.Constant(name, i, true)
	}
	self := func(call goja.FunctionCall) *serverSock {
		s, ok := webapi.StateOf[*serverSock](hiddenState, call.This)
		if !ok {
			panic(r.illegal())
		}
		return s
	}
	get := func(f func(s *serverSock) goja.Value) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value { return f(self(call)) }
	}
	c.Accessor("readyState", get(func(s *serverSock) goja.Value { return vm.ToValue(s.state) }), nil)
	c.Accessor("localAddress", get(func(s *serverSock) goja.Value { return vm.ToValue(s.local().address()) }), nil)
	c.Accessor("localPort", get(func(s *serverSock) goja.Value { return vm.ToValue(s.local().port()) }), nil)
	c.Accessor("localURL", get(func(s *serverSock) goja.Value { return vm.ToValue(s.local().url()) }), nil)
	c.Accessor("ipVersion", get(func(s *serverSock) goja.Value { return vm.ToValue(s.local().ipVersion()) }), nil)
	c.Accessor("connections", get(func(s *serverSock) goja.Value { return vm.ToValue(s.accepted) }), nil)
	c.Accessor("ssl", get(func(s *serverSock) goja.Value { return vm.ToValue(s.tlsCtx != nil) }), nil)
	c.Accessor("isSuspended", get(func(s *serverSock) goja.Value { return vm.ToValue(s.suspends > 0) }), nil)
	c.Method("suspend", 0, func(call goja.FunctionCall) goja.Value {
		s := self(call)
		s.suspends++
		if s.suspends == 1 && s.listening() {
			s.ln.Pause()
		}
		return goja.Undefined()
	})
	c.Method("resume", 0, func(call goja.FunctionCall) goja.Value {
		s := self(call)
		if s.suspends == 0 {
			panic(r.invalidState(executing("resume", "TCPServerSocket"), "The server is not suspended."))
		}
		s.suspends--
		if s.suspends == 0 && s.listening() {
			s.ln.Resume()
		}
		return goja.Undefined()
	})
	c.Method("close", 0, func(call goja.FunctionCall) goja.Value {
		self(call).close()
		return goja.Undefined()
	})
	for _, typ := range []string{"open", "connect", "error", "close"} {
		webapi.DefineDOMEventHandler(vm, c.Proto, typ)
	}
	return c
}

// listenTCP validates the arguments and listens; open (or error then
// close) follows from a loop task.
func (r *realm) listenTCP(this *goja.Object, args []goja.Value) {
	c := constructing("TCPServerSocket")
	addr, port, d := r.localArgs(c, args, 0, "TCPServerSocketOptions")
	s := &serverSock{r: r, obj: this, op: defaultTCPOptions()}
	s.op.tls.rejectUnauthorized = true
	lo := tcp.ListenOptions{}
	if name, ip := r.localHost(c, addr); name != "" {
		s.laddr, lo.Host = name, ip.String()
	}
	if !isNullish(port) {
		lo.Port = r.port(c, "localPort", port)
	}
	s.op.parse(r, c, d)
	s.ws = r.parseWSServerOptions(c, d)
	if v := member(d, "backlog"); v != nil {
		lo.Backlog = int(r.enforceRange(c, "backlog", v, 0, 1<<31-1, "unsigned long"))
	}
	if v := memberEither(d, "addressReuse", "reuseAddress"); v != nil {
		lo.DisableReuseAddr = !v.ToBoolean()
	}
	if v := member(d, "reusePort"); v != nil {
		lo.ReusePort = v.ToBoolean()
	}
	if v := member(d, "ipv6Only"); v != nil {
		lo.IPv6Only = v.ToBoolean()
	}
	lo.NoDelay, lo.KeepAlive, lo.KeepAliveDelay = s.op.noDelay, s.op.keepAlive, s.op.keepAliveDelay
	if s.op.secure {
		tc, err := s.op.tls.context(true)
		if err != nil {
			panic(r.typeError(c, err.Error()))
		}
		s.tlsCtx = tc
	}
	hiddenState.Attach(r.vm, this, s)
	ln, err := tcp.Listen(r.loop, lo, s)
	if err != nil {
		r.loop.Post(func() {
			s.state, s.closed = stateClosed, true
			webapi.Dispatch(r.vm, s.obj, r.newErrorEvent(asSockErr(err)))
			s.fireClose(false, failReason(err))
		})
		return
	}
	s.ln = ln
	r.loop.Post(func() {
		if s.state == stateConnecting {
			s.state = stateOpen
			webapi.Fire(r.vm, s.obj, "open")
		}
	})
}

// listening reports whether the server is listening.
func (s *serverSock) listening() bool {
	return s.ln != nil && !s.closed
}

// local is the listening address.
func (s *serverSock) local() endpoint {
	if s.ln == nil {
		return endpoint{}
	}
	return endpoint{ap: s.ln.Addr().AddrPort, name: s.laddr}
}

// close stops listening; accepted sockets stay open. close follows from a
// loop task.
func (s *serverSock) close() {
	if s.closed {
		return
	}
	s.closed = true
	s.state = stateClosed
	if s.ln != nil {
		_ = s.ln.Close()
	}
	s.r.loop.Post(func() { s.fireClose(true, "") })
}

// fireClose fires close.
func (s *serverSock) fireClose(wasClean bool, reason string) {
	ev := s.r.newEvent(s.r.closeEvent, "close", &closeData{wasClean: wasClean, reason: reason})
	webapi.Dispatch(s.r.vm, s.obj, ev)
}

// OnConnection wraps an accepted connection in an open TCPSocket and fires
// connect with it (for a TLS server, once the handshake has completed).
func (s *serverSock) OnConnection(conn *tcp.Conn) {
	r := s.r
	if s.state == stateConnecting { // open comes before the first connect
		s.state = stateOpen
		webapi.Fire(r.vm, s.obj, "open")
	}
	if s.ws != nil {
		s.acceptWebSocket(conn)
		return
	}
	obj := webapi.NewEventTarget(r.vm, r.tcpSocket.Proto)
	t := &tcpSock{r: r, op: s.op, conn: conn, server: s}
	sk := r.newSock(obj, "TCPSocket", t)
	t.s = sk
	sk.stream, sk.binary, sk.hwm, sk.state = true, t.op.binary, t.op.hwm, stateOpen
	conn.SetHandler(t)
	t.applyLateOptions()
	s.accepted++
	if s.tlsCtx == nil {
		s.fireConnect(obj)
		return
	}
	t.sec = tlsconn.Start(conn, s.tlsCtx, tlsconn.ConnOptions{Server: true, HandshakeTimeout: tlsconn.DefaultHandshakeTimeout}, func(err error) {
		if err != nil {
			t.lastErr = err
			sk.state = stateClosed
			return // nobody has seen the socket: it just closes
		}
		t.ssl = true
		s.fireConnect(obj)
	})
}

// fireConnect fires connect with an accepted socket.
func (s *serverSock) fireConnect(socket *goja.Object) {
	ev := s.r.newEvent(s.r.connectEvent, "connect", &connectData{socket: socket})
	webapi.Dispatch(s.r.vm, s.obj, ev)
}

// OnError reports a failed accept; the server keeps listening.
func (s *serverSock) OnError(err error) {
	webapi.Dispatch(s.r.vm, s.obj, s.r.newErrorEvent(asSockErr(err)))
}
