package crypto

import (
	"github.com/dop251/goja"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "crypto"

// Require fills module.exports for the module. Every call on the same
// runtime sets the same exports object.
func Require(vm *goja.Runtime, module *goja.Object) {
	_ = module.Set("exports", moduleFor(vm).exports)
}

// Enable installs the module's global: `crypto`, the Web Crypto object
// (the same object as require('crypto').webcrypto), as an enumerable,
// configurable getter like Node's.
func Enable(vm *goja.Runtime) {
	m := moduleFor(vm)
	getter := m.function("get crypto", 0, func(goja.FunctionCall) goja.Value { return m.webcrypto })
	_ = vm.GlobalObject().DefineAccessorProperty("crypto", getter, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// cryptoModule is the per-runtime state of the crypto module.
type cryptoModule struct {
	vm       *goja.Runtime
	exports  *goja.Object
	hash     *goja.Object // crypto.Hash
	hmac     *goja.Object // crypto.Hmac
	stateKey *goja.Symbol // the key of a Hash's or Hmac's Go state

	webcrypto *goja.Object // the Crypto instance
	subtle    *goja.Object // the SubtleCrypto instance
}

// newModule builds the exports on vm.
func newModule(vm *goja.Runtime) *cryptoModule {
	m := &cryptoModule{vm: vm, exports: vm.NewObject(), stateKey: goja.NewSymbol("kState")}
	m.hash = m.hashClass()
	m.hmac = m.hmacClass()
	m.webcrypto, m.subtle = m.webCrypto()
	fns := []struct {
		name   string
		length int
		fn     func(goja.FunctionCall) goja.Value
	}{
		{"createHash", 2, m.createHash},
		{"createHmac", 3, m.createHmac},
		{"getHashes", 0, m.getHashes},
		{"randomBytes", 2, m.randomBytes},
		{"randomFill", 4, m.randomFill},
		{"randomFillSync", 1, m.randomFillSync},
		{"randomInt", 3, m.randomInt},
		{"randomUUID", 1, m.randomUUID},
		{"timingSafeEqual", 0, m.timingSafeEqual},
	}
	for _, f := range fns {
		_ = m.exports.Set(f.name, m.function(f.name, f.length, f.fn))
	}
	// Node's getHashes is an anonymous arrow function.
	_ = m.exports.Get("getHashes").(*goja.Object).DefineDataProperty("name", m.vm.ToValue(""), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = m.exports.Set("Hash", m.hash)
	_ = m.exports.Set("Hmac", m.hmac)
	_ = m.exports.Set("webcrypto", m.webcrypto)
	_ = m.exports.Set("subtle", m.subtle)
	_ = m.exports.Set("getRandomValues", m.function("getRandomValues", 1, func(call goja.FunctionCall) goja.Value {
		return m.fillRandomValues(arg(call.Arguments, 0))
	}))
	return m
}

// function returns a native function with Node's name and length.
func (m *cryptoModule) function(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := m.vm.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", m.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", m.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

// method defines a non-enumerable prototype method, as class methods are.
func (m *cryptoModule) method(proto *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) {
	_ = proto.DefineDataProperty(name, m.function(name, 0, fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// class returns a constructor, callable without new as Node's Hash and Hmac
// are, that runs init on the new object.
func (m *cryptoModule) class(name string, length int, init func(this *goja.Object, args []goja.Value)) *goja.Object {
	var ctor *goja.Object
	ctor = m.vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		this := call.This
		if call.NewTarget == nil { // called as a function
			this = m.vm.CreateObject(ctor.Get("prototype").(*goja.Object))
		}
		init(this, call.Arguments)
		return this
	}).(*goja.Object)
	_ = ctor.DefineDataProperty("name", m.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("length", m.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return ctor
}

// plainError returns an Error with message msg and no code, as OpenSSL
// failures without a mapped code appear in Node.
func (m *cryptoModule) plainError(msg string) *goja.Object {
	e, err := m.vm.New(m.vm.Get("Error"), m.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return e
}

// opensslError returns the Error Node builds from an OpenSSL error: message
// "error:<hex>:<library>::<reason>" with library, reason and code set.
func (m *cryptoModule) opensslError(code, hex, library, reason string) *goja.Object {
	e := m.plainError("error:" + hex + ":" + library + "::" + reason)
	_ = e.Set("library", library)
	_ = e.Set("reason", reason)
	_ = e.Set("code", code)
	return e
}
