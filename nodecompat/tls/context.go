package tls

import (
	"crypto/rand"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/tlsconn"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// secureContext is the Go side of a SecureContext's native context: the
// options it was made of and, parsed once each, the core contexts that
// connections use (they differ in the settings that are per connection in
// Node: verification leniency, client certificate requests, ALPN).
type secureContext struct {
	opts     tlsconn.ContextOptions
	variants map[string]*tlsconn.Context
	// bySNI holds the server contexts whose SNI callback is a script's
	// function, one per function.
	bySNI map[*goja.Object]*tlsconn.Context
}

// createContext(options) parses a SecureContext's PEM options (ca, cert,
// key, passphrase, minVersion, maxVersion) and its ticketKeys, and returns
// the native context (with getTicketKeys and setTicketKeys), or throws
// Node's error for bad input.
func (m *module) createContext(call goja.FunctionCall) goja.Value {
	vm := m.vm
	o, _ := call.Argument(0).(*goja.Object)
	var opts tlsconn.ContextOptions
	if o != nil {
		opts.CA = m.pemList(o.Get("ca"))
		opts.Cert = m.pemList(o.Get("cert"))
		opts.Key = m.pemList(o.Get("key"))
		opts.Passphrase = stringOr(o.Get("passphrase"))
		opts.MinVersion = stringOr(o.Get("minVersion"))
		opts.MaxVersion = stringOr(o.Get("maxVersion"))
		if b, ok := buffer.Bytes(vm, o.Get("ticketKeys")); ok {
			opts.TicketKeys = append([]byte(nil), b...)
		}
	}
	if opts.TicketKeys == nil {
		opts.TicketKeys = make([]byte, 48)
		if _, err := rand.Read(opts.TicketKeys); err != nil {
			panic(m.contextError(err))
		}
	}
	sc := &secureContext{opts: opts, variants: map[string]*tlsconn.Context{}}
	// Parse now, so that bad input fails here as in Node.
	ctx, err := tlsconn.NewContext(opts)
	if err != nil {
		panic(m.contextError(err))
	}
	sc.variants[variantKey(false, false, nil)] = ctx
	obj := vm.NewObject()
	_ = obj.DefineDataPropertySymbol(m.contextKey, vm.ToValue(sc), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	set(obj, "getTicketKeys", func(goja.FunctionCall) goja.Value {
		return buffer.Wrap(vm, append([]byte(nil), sc.opts.TicketKeys...))
	})
	set(obj, "setTicketKeys", func(call goja.FunctionCall) goja.Value {
		if b, ok := buffer.Bytes(vm, call.Argument(0)); ok {
			sc.setTicketKeys(append([]byte(nil), b...))
		}
		return goja.Undefined()
	})
	return obj
}

// setTicketKeys gives the context, and every core context made of it, new
// session ticket keys.
func (sc *secureContext) setTicketKeys(keys []byte) {
	sc.opts.TicketKeys = keys
	for _, ctx := range sc.variants {
		ctx.SetTicketKeys(keys)
	}
	for _, ctx := range sc.bySNI {
		ctx.SetTicketKeys(keys)
	}
}

// contextOf returns the Go side of a native context, or nil.
func (m *module) contextOf(v goja.Value) *secureContext {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	s := o.GetSymbol(m.contextKey)
	if s == nil {
		return nil
	}
	sc, _ := s.Export().(*secureContext)
	return sc
}

// variant returns the core context with the given per-connection
// settings, parsing the options once per combination.
func (sc *secureContext) variant(allowUnauthorized, requestCert bool, alpn []string) (*tlsconn.Context, error) {
	key := variantKey(allowUnauthorized, requestCert, alpn)
	if ctx, ok := sc.variants[key]; ok {
		return ctx, nil
	}
	o := sc.opts
	o.AllowUnauthorized, o.RequestCert, o.ALPNProtocols = allowUnauthorized, requestCert, alpn
	ctx, err := tlsconn.NewContext(o)
	if err != nil {
		return nil, err
	}
	sc.variants[key] = ctx
	return ctx, nil
}

func variantKey(allowUnauthorized, requestCert bool, alpn []string) string {
	return strconv.FormatBool(allowUnauthorized) + strconv.FormatBool(requestCert) + strings.Join(alpn, "\x00")
}

// contextError is Node's error for options a context cannot be made of:
// OpenSSL's errors carry library and reason before the code, as Node's
// do; an invalid protocol version is a TypeError with its code.
func (m *module) contextError(err error) *goja.Object {
	se := sockerr.Wrap("", err, "", 0)
	if se.Code == "ERR_TLS_INVALID_PROTOCOL_VERSION" {
		return nodeerr.TypeError(m.vm, se.Code, se.Error())
	}
	ctor, _ := m.vm.Get("Error").(*goja.Object)
	obj, _ := m.vm.New(ctor, m.vm.ToValue(se.Error()))
	if parts := strings.Split(se.Message, ":"); strings.HasPrefix(se.Code, "ERR_OSSL_") && len(parts) >= 5 {
		set(obj, "library", parts[2])
		set(obj, "reason", parts[len(parts)-1])
	}
	if se.Code != "" {
		set(obj, "code", se.Code)
	}
	return obj
}

// pemList reads a PEM option: a string, a Buffer or view, or an array of
// them; undefined and null give none.
func (m *module) pemList(v goja.Value) []string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if o, ok := v.(*goja.Object); ok && o.ClassName() == "Array" {
		var out []string
		for _, k := range o.Keys() {
			out = append(out, m.pemText(o.Get(k)))
		}
		return out
	}
	return []string{m.pemText(v)}
}

func (m *module) pemText(v goja.Value) string {
	if b, ok := buffer.Bytes(m.vm, v); ok {
		return string(b)
	}
	return v.String()
}

// stringOr is v as a string, or "" for undefined and null.
func stringOr(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}
