package tls

import (
	"errors"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/tlsconn"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// wrap is the Go side of a TLSSocket's ssl object (Node's TLSWrap): the
// core's TLS connection and what it reported.
type wrap struct {
	m       *module
	conn    *tlsconn.Conn
	server  bool
	session []byte // the session in use: the last one the server issued, or the one resumed (client)

	// A client's session handling (see clientSessions).
	resumable   []byte // the session given to resume
	handshaking bool   // the handshake is not over: a session issued now is held
	held        []byte // a session issued during the handshake (TLS 1.2)
	onSession   goja.Callable
}

// start(handle, context, params, onDone, onSession) starts TLS on the
// connection of a socket handle and returns the ssl object. params holds
// isServer, host, servername, session, allowUnauthorized, requestCert,
// ALPNProtocols (strings), SNICallback, ALPNCallback (see alpnCallback),
// checkServerIdentity (a script's own check, given the certificate) and
// pending (bytes already read that belong to the handshake). onDone(err)
// runs once the handshake is over; onSession(buffer) for each new session
// a client reports (see session.go).
func (m *module) start(call goja.FunctionCall) goja.Value {
	vm := m.vm
	conn := m.net.Conn(call.Argument(0))
	sc := m.contextOf(call.Argument(1))
	params, _ := call.Argument(2).(*goja.Object)
	onDone, _ := goja.AssertFunction(call.Argument(3))
	onSession, _ := goja.AssertFunction(call.Argument(4))
	if conn == nil || sc == nil || params == nil {
		panic(vm.NewTypeError("tls: start needs a connected handle, a native context and parameters"))
	}
	get := func(name string) goja.Value { return params.Get(name) }
	server := get("isServer").ToBoolean()
	ctx, err := m.contextFor(sc, params, server)
	if err != nil {
		panic(m.contextError(err))
	}
	w := &wrap{m: m, server: server}
	o := tlsconn.ConnOptions{
		Server:     server,
		Host:       stringOr(get("host")),
		ServerName: stringOr(get("servername")),
		// tls.connect sends SNI only for a servername the script gave.
		OnlyExplicitSNI: true,
		// Node's ends reject a peer's certificate without an alert.
		QuietReject: true,
	}
	if check, ok := goja.AssertFunction(get("checkServerIdentity")); ok {
		o.CheckIdentity = m.checkIdentity(check)
	}
	if choose, ok := goja.AssertFunction(get("ALPNCallback")); ok && server {
		o.ALPNCallback = m.alpnCallback(choose)
	}
	if b, ok := buffer.Bytes(vm, get("pending")); ok && len(b) > 0 {
		o.Pending = append([]byte(nil), b...)
	}
	if !server {
		if b, ok := buffer.Bytes(vm, get("session")); ok {
			o.Session = append([]byte(nil), b...)
		}
		w.resumable, w.handshaking, w.onSession = o.Session, true, onSession
		o.OnSession = w.issued
	}
	w.conn = tlsconn.Start(conn, ctx, o, func(err error) {
		if !server && err == nil {
			w.handshakeOver()
		}
		if onDone != nil {
			m.host.Call(onDone, goja.Undefined(), m.jsError(err))
		}
	})
	obj := vm.NewObject()
	_ = obj.SetPrototype(m.wrapProto)
	_ = obj.DefineDataPropertySymbol(m.contextKey, vm.ToValue(w), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return obj
}

// contextFor returns the core context a connection uses: the context's
// variant for its settings, with the script's SNI callback for a server
// that has one.
func (m *module) contextFor(sc *secureContext, params *goja.Object, server bool) (*tlsconn.Context, error) {
	allow := params.Get("allowUnauthorized").ToBoolean()
	requestCert := server && params.Get("requestCert").ToBoolean()
	alpn := m.stringList(params.Get("ALPNProtocols"))
	sni, _ := params.Get("SNICallback").(*goja.Object)
	var fn goja.Callable
	if sni != nil {
		fn, _ = goja.AssertFunction(sni)
	}
	if !server || fn == nil {
		return sc.variant(allow, requestCert, alpn)
	}
	if sc.bySNI == nil {
		sc.bySNI = map[*goja.Object]*tlsconn.Context{}
	}
	if ctx, ok := sc.bySNI[sni]; ok {
		return ctx, nil
	}
	o := sc.opts
	o.AllowUnauthorized, o.RequestCert, o.ALPNProtocols = allow, requestCert, alpn
	o.SNICallback = func(name string, reply func(*tlsconn.Context, error)) {
		cb := m.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			if e := call.Argument(0); e.ToBoolean() {
				reply(nil, &sockerr.Error{Code: "ERR_SSL_CALLBACK_FAILED", Message: e.String()})
				return goja.Undefined()
			}
			var chosen *tlsconn.Context
			if ctxObj, ok := call.Argument(1).(*goja.Object); ok {
				if picked := m.contextOf(ctxObj.Get("context")); picked != nil {
					chosen, _ = picked.variant(false, false, nil)
				}
			}
			reply(chosen, nil)
			return goja.Undefined()
		})
		m.host.Call(fn, goja.Undefined(), m.vm.ToValue(name), cb)
	}
	ctx, err := tlsconn.NewContext(o)
	if err != nil {
		return nil, err
	}
	sc.bySNI[sni] = ctx
	return ctx, nil
}

// stringList reads an array of strings; anything else gives none.
func (m *module) stringList(v goja.Value) []string {
	o, ok := v.(*goja.Object)
	if !ok || o.ClassName() != "Array" {
		return nil
	}
	var out []string
	for _, k := range o.Keys() {
		out = append(out, o.Get(k).String())
	}
	return out
}

// jsError is Node's JavaScript error for a core failure; nil gives
// undefined.
func (m *module) jsError(err error) goja.Value {
	var se *scriptError
	switch {
	case err == nil:
		return goja.Undefined()
	case errors.As(err, &se):
		return se.value
	}
	return nodeerr.FromSocket(m.vm, sockerr.Wrap("", err, "", 0))
}

// newWrapClass builds the prototype of the ssl objects.
func (m *module) newWrapClass() *webapi.Class {
	vm := m.vm
	c := webapi.NewClass(vm, "TLSWrap", 0, nil, func(*goja.Object, []goja.Value) {
		panic(vm.NewTypeError("Illegal constructor"))
	})
	method := func(name string, fn func(w *wrap, call goja.FunctionCall) goja.Value) {
		c.Method(name, 0, func(call goja.FunctionCall) goja.Value {
			o, _ := call.This.(*goja.Object)
			var w *wrap
			if o != nil {
				if s := o.GetSymbol(m.contextKey); s != nil {
					w, _ = s.Export().(*wrap)
				}
			}
			if w == nil {
				panic(vm.NewTypeError("Illegal invocation"))
			}
			return fn(w, call)
		})
	}
	method("getPeerCertificate", func(w *wrap, call goja.FunctionCall) goja.Value {
		return m.certificate(w.conn.PeerCertificate(), call.Argument(0).ToBoolean())
	})
	method("getProtocol", func(w *wrap, _ goja.FunctionCall) goja.Value {
		if p := w.conn.Protocol(); p != "" {
			return vm.ToValue(p)
		}
		return goja.Null()
	})
	method("getCipher", func(w *wrap, _ goja.FunctionCall) goja.Value {
		ci, ok := w.conn.Cipher()
		if !ok {
			return goja.Undefined()
		}
		o := vm.NewObject()
		set(o, "name", ci.Name)
		set(o, "standardName", ci.StandardName)
		set(o, "version", ci.Version)
		return o
	})
	method("getALPNNegotiatedProtocol", func(w *wrap, _ goja.FunctionCall) goja.Value {
		if p := w.conn.ALPNProtocol(); p != "" {
			return vm.ToValue(p)
		}
		return vm.ToValue(false)
	})
	method("getServername", func(w *wrap, _ goja.FunctionCall) goja.Value {
		if n := w.conn.ServerName(); n != "" {
			return vm.ToValue(n)
		}
		return vm.ToValue(false)
	})
	method("isSessionReused", func(w *wrap, _ goja.FunctionCall) goja.Value {
		return vm.ToValue(w.conn.SessionReused())
	})
	method("verifyError", func(w *wrap, _ goja.FunctionCall) goja.Value {
		if err := w.conn.AuthorizationError(); err != nil {
			return m.jsError(err)
		}
		return goja.Null()
	})
	method("getEphemeralKeyInfo", func(w *wrap, _ goja.FunctionCall) goja.Value {
		o := vm.NewObject()
		if kx := w.conn.KeyExchange(); !w.server && kx.Type != "" {
			set(o, "type", kx.Type)
			set(o, "name", kx.Name)
			set(o, "size", kx.Size)
		}
		return o
	})
	method("getSession", func(w *wrap, _ goja.FunctionCall) goja.Value {
		if w.session == nil {
			return goja.Undefined()
		}
		return buffer.Wrap(vm, append([]byte(nil), w.session...))
	})
	method("exportKeyingMaterial", func(w *wrap, call goja.FunctionCall) goja.Value {
		st, ok := w.conn.TLSState()
		if !ok {
			panic(nodeerr.Error(vm, "ERR_TLS_INVALID_STATE", "TLS socket connection must be securely established"))
		}
		var context []byte
		if b, ok := buffer.Bytes(vm, call.Argument(2)); ok {
			context = b
		}
		out, err := st.ExportKeyingMaterial(call.Argument(1).String(), context, int(call.Argument(0).ToInteger()))
		if err != nil {
			panic(nodeerr.Error(vm, "ERR_CRYPTO_OPERATION_FAILED", err.Error()))
		}
		return buffer.Wrap(vm, out)
	})
	return c
}
