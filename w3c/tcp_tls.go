package w3c

import (
	"crypto/tls"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/tcp"
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
	cfg, err := t.upgradeConfig(&o)
	if err != nil {
		panic(r.typeError(c, err.Error()))
	}
	p, resolve, reject := r.vm.NewPromise()
	promise := r.vm.ToValue(p)
	r.markHandled(promise)
	t.upgrading = true
	t.conn.StartTLS(tcp.TLSUpgrade{Config: cfg, Server: o.isServer}, func(err error) {
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

// upgradeConfig builds the configuration of an upgrade.
func (t *tcpSock) upgradeConfig(o *tlsOptions) (*tls.Config, error) {
	if o.isServer {
		return o.serverConfig()
	}
	return o.clientConfig(bareHost(t.host))
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
	if !t.ssl || len(t.tlsState.PeerCertificates) == 0 {
		return goja.Null()
	}
	if t.peerCert == nil {
		t.peerCert = t.r.certObject(t.tlsState.PeerCertificates[0])
	}
	return t.peerCert
}

// alpnProtocol is the negotiated ALPN protocol, or false.
func (t *tcpSock) alpnProtocol() goja.Value {
	if !t.ssl || t.tlsState.NegotiatedProtocol == "" {
		return t.r.vm.ToValue(false)
	}
	return t.r.vm.ToValue(t.tlsState.NegotiatedProtocol)
}

// tlsVersion is "TLSv1.2" or "TLSv1.3" once TLS is established, else null.
func (t *tcpSock) tlsVersion() goja.Value {
	if !t.ssl {
		return goja.Null()
	}
	return t.r.vm.ToValue(tlsVersionName(t.tlsState.Version))
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
