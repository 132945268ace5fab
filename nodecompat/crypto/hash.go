package crypto

import (
	"math"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// hashState is the Go side of a Hash or Hmac object.
type hashState struct {
	d         digester
	finalized bool
	hmac      bool
}

// hashClass builds crypto.Hash: new Hash(algorithm, [options]) (callable
// without new) with update, digest and copy on its prototype.
func (m *cryptoModule) hashClass() *goja.Object {
	ctor := m.class("Hash", 2, func(this *goja.Object, args []goja.Value) {
		if src, ok := m.stateOf(arg(args, 0)); ok && !src.hmac {
			m.initCopy(this, src, arg(args, 1))
			return
		}
		m.initHash(this, arg(args, 0), arg(args, 1))
	})
	proto := ctor.Get("prototype").(*goja.Object)
	m.method(proto, "update", m.update)
	m.method(proto, "digest", m.hashDigest)
	m.method(proto, "copy", m.copyHash)
	return ctor
}

// initHash starts a digest of the named algorithm on this.
func (m *cryptoModule) initHash(this *goja.Object, name, options goja.Value) {
	if !jsarg.IsString(name) {
		panic(nodeerr.InvalidArgType(m.vm, "algorithm", "of type string", name))
	}
	outLen := m.outputLength(options)
	a := lookup(name.String())
	if a == nil {
		panic(m.plainError("Digest method not supported"))
	}
	d, ok := newDigester(a, outLen)
	if !ok {
		panic(m.opensslError("ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH", "030000B2", "digital envelope routines", "not XOF or invalid length"))
	}
	m.attach(this, &hashState{d: d}, options)
}

// initCopy makes this a copy of src, as hash.copy([options]) does.
func (m *cryptoModule) initCopy(this *goja.Object, src *hashState, options goja.Value) {
	outLen := m.outputLength(options)
	if x, isXOF := src.d.(*xof); isXOF && outLen < 0 {
		outLen = x.outLen
	}
	d, err := src.d.clone(outLen)
	if err != nil {
		panic(m.plainError(err.Error()))
	}
	m.attach(this, &hashState{d: d}, options)
}

// outputLength reads options.outputLength, -1 when it is not given.
func (m *cryptoModule) outputLength(options goja.Value) int {
	o, ok := options.(*goja.Object)
	if !ok {
		return -1
	}
	v := o.Get("outputLength")
	if v == nil || goja.IsUndefined(v) {
		return -1
	}
	return int(jsarg.Integer(m.vm, v, "options.outputLength", 0, math.MaxUint32))
}

// attach stores the Go state behind a private symbol and sets _options,
// the one own enumerable property Node's Hash and Hmac have.
func (m *cryptoModule) attach(this *goja.Object, st *hashState, options goja.Value) {
	_ = this.DefineDataPropertySymbol(m.stateKey, m.vm.ToValue(st), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = this.Set("_options", options)
}

// stateOf returns the Go state of a Hash or Hmac.
func (m *cryptoModule) stateOf(v goja.Value) (*hashState, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	v = o.GetSymbol(m.stateKey)
	if v == nil {
		return nil, false
	}
	st, ok := v.Export().(*hashState)
	return st, ok
}

// this returns the state of the receiver of a Hash or Hmac method.
func (m *cryptoModule) this(call goja.FunctionCall, class string) *hashState {
	st, ok := m.stateOf(call.This)
	if !ok {
		panic(nodeerr.TypeError(m.vm, "ERR_INVALID_THIS", `Value of "this" must be of type `+class))
	}
	return st
}

// update is Hash.prototype.update(data, [inputEncoding]), shared by Hmac.
func (m *cryptoModule) update(call goja.FunctionCall) goja.Value {
	st := m.this(call, "Hash")
	if st.finalized {
		panic(nodeerr.Error(m.vm, "ERR_CRYPTO_HASH_FINALIZED", "Digest already called"))
	}
	_, _ = st.d.Write(m.data(arg(call.Arguments, 0), arg(call.Arguments, 1), "data"))
	return call.This
}

// hashDigest is Hash.prototype.digest([encoding]).
func (m *cryptoModule) hashDigest(call goja.FunctionCall) goja.Value {
	st := m.this(call, "Hash")
	if st.finalized {
		panic(nodeerr.Error(m.vm, "ERR_CRYPTO_HASH_FINALIZED", "Digest already called"))
	}
	st.finalized = true
	return m.output(st.d.finish(), arg(call.Arguments, 0))
}

// copyHash is Hash.prototype.copy([options]).
func (m *cryptoModule) copyHash(call goja.FunctionCall) goja.Value {
	st := m.this(call, "Hash")
	if st.finalized {
		panic(nodeerr.Error(m.vm, "ERR_CRYPTO_HASH_FINALIZED", "Digest already called"))
	}
	c, err := m.vm.New(m.hash, call.This, arg(call.Arguments, 0))
	if err != nil {
		panic(err)
	}
	return c
}

// output returns digest bytes as a string in a Buffer encoding, or as a
// Buffer for 'buffer', a missing encoding or one Buffer does not know.
func (m *cryptoModule) output(b []byte, encoding goja.Value) goja.Value {
	if jsarg.IsString(encoding) {
		if enc, ok := buffer.ParseEncoding(encoding.String()); ok {
			return buffer.BytesToString(m.vm, b, enc)
		}
	}
	return buffer.Wrap(m.vm, b)
}

// createHash is crypto.createHash(algorithm, [options]).
func (m *cryptoModule) createHash(call goja.FunctionCall) goja.Value {
	h, err := m.vm.New(m.hash, call.Arguments...)
	if err != nil {
		panic(err)
	}
	return h
}

// getHashes is crypto.getHashes().
func (m *cryptoModule) getHashes(goja.FunctionCall) goja.Value {
	names := make([]any, len(hashNames))
	for i, n := range hashNames {
		names[i] = n
	}
	return m.vm.NewArray(names...)
}
