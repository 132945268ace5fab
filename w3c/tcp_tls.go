package w3c

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/tlsconn"
)

// upgradeToSSL implements upgradeToSSL([options]) and its aliases:
// STARTTLS on the open connection. Options are the TLS options of the
// constructor (an accepted socket starts from its server's, as the TLS
// server), plus isServer. It returns a Promise that resolves when the
// handshake completes, as secure fires; on failure it rejects, then error
// and close fire.
func (t *tcpSock) upgradeToSSL(optsV goja.Value) goja.Value {
	r := t.r
	c := executing("upgradeToSSL", "TCPSocket")
	d := r.dictionary(c, optsV, "TCPSocketOptions")
	switch {
	case t.s.state != stateOpen:
		panic(r.invalidState(c, "The socket is not open."))
	case t.ssl || t.upgrading:
		panic(r.invalidState(c, "TLS is already in use on the socket."))
	case t.halfClosed || t.peerEnded:
		panic(r.invalidState(c, "The socket is half-closed."))
	}
	o := t.op.tls
	if t.server != nil {
		o = t.server.op.tls
		o.isServer = true
	}
	o.parse(r, c, d)
	tc, err := o.context(o.isServer)
	if err != nil {
		panic(r.typeError(c, err.Error()))
	}
	p, resolve, reject := r.vm.NewPromise()
	promise := r.vm.ToValue(p)
	r.markHandled(promise)
	t.upgrading = true
	t.sec = tlsconn.Start(t.conn, tc, o.connOptions(o.isServer, t.verifiedHost()), func(err error) {
		t.upgrading = false
		if err != nil {
			t.lastErr = err
			t.lateClose = true
			t.s.state = stateClosed
			must(reject(r.jsError(asSockErr(err))))
			r.loop.Post(func() { t.s.fireError(err) })
			return
		}
		must(resolve(goja.Undefined()))
		t.secured()
		t.readAfterMicrotasks()
	})
	return promise
}

// verifiedHost is the name a TLS client checks the server's certificate
// against when no servername is given: the peer as the script named it,
// or an accepted socket's peer address.
func (t *tcpSock) verifiedHost() string {
	if t.host == "" {
		return t.remote().address()
	}
	return bareHost(t.host)
}

// markHandled gives a promise a rejection handler that does nothing, so
// that a failed upgrade the script only watches through error events is
// not an unhandled rejection; the script's own handlers still run.
func (r *realm) markHandled(promise goja.Value) {
	then, _ := goja.AssertFunction(promise.(*goja.Object).Get("then"))
	_, err := then(promise, goja.Undefined(), r.function("", 1, func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
	must(err)
}

// peerCertificate is the peer's certificate once TLS is established, else
// null.
func (t *tcpSock) peerCertificate() goja.Value {
	if !t.ssl {
		return goja.Null()
	}
	if t.peerCert == nil {
		c := t.sec.PeerCertificate()
		if c == nil {
			return goja.Null()
		}
		t.peerCert = t.r.certObject(c)
	}
	return t.peerCert
}

// alpnProtocol is the negotiated ALPN protocol, or false.
func (t *tcpSock) alpnProtocol() goja.Value {
	if !t.ssl || t.sec.ALPNProtocol() == "" {
		return t.r.vm.ToValue(false)
	}
	return t.r.vm.ToValue(t.sec.ALPNProtocol())
}

// tlsVersion is "TLSv1.2" or "TLSv1.3" once TLS is established, else null.
func (t *tcpSock) tlsVersion() goja.Value {
	if !t.ssl {
		return goja.Null()
	}
	return t.r.vm.ToValue(t.sec.Protocol())
}

// readAfterMicrotasks holds back the data that came with the end of a
// handshake until a later task, so that the code awaiting upgradeToSSL()
// runs (and can change its handlers) before the first secure message.
func (t *tcpSock) readAfterMicrotasks() {
	t.conn.Pause()
	t.r.loop.Post(func() {
		if t.s.suspends == 0 {
			t.conn.Resume()
		}
	})
}
