package crypto

import (
	"crypto/hmac"
	"hash"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// keyExpected completes ERR_INVALID_ARG_TYPE's "must be ..." for HMAC keys.
const keyExpected = "of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey"

// hmacClass builds crypto.Hmac: new Hmac(hmac, key, [options]) (callable
// without new) with update and digest on its prototype.
func (m *cryptoModule) hmacClass() *goja.Object {
	ctor := m.class("Hmac", 3, func(this *goja.Object, args []goja.Value) {
		name, key, options := arg(args, 0), arg(args, 1), arg(args, 2)
		if !jsarg.IsString(name) {
			panic(nodeerr.InvalidArgType(m.vm, "hmac", "of type string", name))
		}
		secret := m.key(key, options)
		a := lookup(name.String())
		if a == nil || a.new == nil {
			panic(nodeerr.TypeError(m.vm, "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: "+name.String()))
		}
		mac := hmac.New(func() hash.Hash { return a.new() }, secret)
		m.attach(this, &hashState{d: fixed{mac}, hmac: true}, options)
	})
	proto := ctor.Get("prototype").(*goja.Object)
	m.method(proto, "update", m.update)
	m.method(proto, "digest", m.hmacDigest)
	return ctor
}

// key returns the bytes of an HMAC key: a string in options.encoding
// (UTF-8 by default), or an ArrayBuffer, Buffer, TypedArray or DataView.
func (m *cryptoModule) key(v, options goja.Value) []byte {
	if jsarg.IsString(v) {
		enc := buffer.UTF8
		if o, ok := options.(*goja.Object); ok {
			if e := o.Get("encoding"); e != nil && jsarg.IsString(e) {
				if parsed, ok := buffer.ParseEncoding(e.String()); ok {
					enc = parsed
				}
			}
		}
		return buffer.StringToBytes(v, enc)
	}
	if b, ok := buffer.Bytes(m.vm, v); ok {
		return append([]byte(nil), b...)
	}
	panic(nodeerr.InvalidArgType(m.vm, "key", keyExpected, v))
}

// hmacDigest is Hmac.prototype.digest([encoding]). Unlike Hash, a second
// call returns an empty digest instead of throwing.
func (m *cryptoModule) hmacDigest(call goja.FunctionCall) goja.Value {
	st := m.this(call, "Hmac")
	if st.finalized {
		return m.output(nil, arg(call.Arguments, 0))
	}
	st.finalized = true
	return m.output(st.d.finish(), arg(call.Arguments, 0))
}

// createHmac is crypto.createHmac(algorithm, key, [options]).
func (m *cryptoModule) createHmac(call goja.FunctionCall) goja.Value {
	h, err := m.vm.New(m.hmac, call.Arguments...)
	if err != nil {
		panic(err)
	}
	return h
}
