package crypto

import (
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// maxRandomValues is the most bytes getRandomValues fills in one call.
const maxRandomValues = 65536

// integerArrays are the TypedArray classes getRandomValues accepts.
var integerArrays = []string{
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array",
}

// webCrypto builds the Crypto and SubtleCrypto instances. Their classes
// cannot be constructed from JavaScript, as in Node.
func (m *cryptoModule) webCrypto() (cryptoObj, subtleObj *goja.Object) {
	cryptoProto := m.webClass("Crypto")
	subtleProto := m.webClass("SubtleCrypto")
	cryptoObj = m.vm.CreateObject(cryptoProto)
	subtleObj = m.vm.CreateObject(subtleProto)

	getSubtle := m.function("get subtle", 0, func(call goja.FunctionCall) goja.Value {
		m.checkThis(call.This, cryptoObj, "Crypto")
		return subtleObj
	})
	_ = cryptoProto.DefineAccessorProperty("subtle", getSubtle, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	m.webMethod(cryptoProto, "getRandomValues", 1, func(call goja.FunctionCall) goja.Value {
		m.checkThis(call.This, cryptoObj, "Crypto")
		if len(call.Arguments) == 0 {
			panic(missingArgs("getRandomValues", "Crypto", 1, 0, m))
		}
		return m.fillRandomValues(call.Arguments[0])
	})
	m.webMethod(cryptoProto, "randomUUID", 0, func(call goja.FunctionCall) goja.Value {
		m.checkThis(call.This, cryptoObj, "Crypto")
		return m.vm.ToValue(newUUID())
	})
	m.webMethod(subtleProto, "digest", 2, func(call goja.FunctionCall) goja.Value {
		return m.subtleDigest(call, subtleObj)
	})
	return cryptoObj, subtleObj
}

// webClass returns the prototype of a Web IDL interface whose constructor
// throws "Illegal constructor".
func (m *cryptoModule) webClass(name string) *goja.Object {
	ctor := m.class(name, 0, func(*goja.Object, []goja.Value) {
		panic(nodeerr.TypeError(m.vm, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor"))
	})
	proto := ctor.Get("prototype").(*goja.Object)
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, m.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return proto
}

// webMethod defines an enumerable operation, as Web IDL interfaces do.
func (m *cryptoModule) webMethod(proto *goja.Object, name string, length int, fn func(goja.FunctionCall) goja.Value) {
	_ = proto.DefineDataProperty(name, m.function(name, length, fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// checkThis throws ERR_INVALID_THIS unless this is the expected instance.
func (m *cryptoModule) checkThis(this goja.Value, want *goja.Object, class string) {
	if o, ok := this.(*goja.Object); !ok || !o.SameAs(want) {
		panic(nodeerr.TypeError(m.vm, "ERR_INVALID_THIS", `Value of "this" must be of type `+class))
	}
}

// missingArgs is the Web IDL error for too few arguments.
func missingArgs(op, iface string, want, got int, m *cryptoModule) *goja.Object {
	plural := "argument"
	if want > 1 {
		plural = "arguments"
	}
	return nodeerr.TypeError(m.vm, "ERR_MISSING_ARGS", "Failed to execute '"+op+"' on '"+iface+"': "+
		strconv.Itoa(want)+" "+plural+" required, but only "+strconv.Itoa(got)+" present.")
}

// fillRandomValues is getRandomValues(typedArray): fills an integer
// TypedArray of at most 65,536 bytes with random values and returns it.
func (m *cryptoModule) fillRandomValues(v goja.Value) goja.Value {
	if !m.isIntegerArray(v) {
		panic(m.domException("The data argument must be an integer-type TypedArray", "TypeMismatchError", 17))
	}
	b, _ := buffer.Bytes(m.vm, v)
	if len(b) > maxRandomValues {
		panic(m.domException("The requested length exceeds 65,536 bytes", "QuotaExceededError", 22))
	}
	_, _ = rand.Read(b)
	return v
}

// isIntegerArray reports whether v is a TypedArray of integers.
func (m *cryptoModule) isIntegerArray(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	for _, name := range integerArrays {
		if ctor, ok := m.vm.Get(name).(*goja.Object); ok && m.vm.InstanceOf(o, ctor) {
			return true
		}
	}
	return false
}

// domException returns a DOMException, or an Error with the same name and
// code when the runtime has no DOMException class.
func (m *cryptoModule) domException(msg, name string, code int) *goja.Object {
	if ctor, ok := m.vm.Get("DOMException").(*goja.Object); ok {
		if ex, err := m.vm.New(ctor, m.vm.ToValue(msg), m.vm.ToValue(name)); err == nil {
			return ex
		}
	}
	e := m.plainError(msg)
	_ = e.DefineDataProperty("name", m.vm.ToValue(name), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = e.DefineDataProperty("code", m.vm.ToValue(code), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e
}

// webDigests are the algorithms SubtleCrypto.digest knows.
var webDigests = map[string]func([]byte) []byte{
	"SHA-1":   func(b []byte) []byte { s := sha1.Sum(b); return s[:] },
	"SHA-256": func(b []byte) []byte { s := sha256.Sum256(b); return s[:] },
	"SHA-384": func(b []byte) []byte { s := sha512.Sum384(b); return s[:] },
	"SHA-512": func(b []byte) []byte { s := sha512.Sum512(b); return s[:] },
}

// subtleDigest is SubtleCrypto.prototype.digest(algorithm, data): a promise
// of the digest as an ArrayBuffer, settled in a later task as Node's
// thread-pool jobs are. Every failure rejects the promise.
func (m *cryptoModule) subtleDigest(call goja.FunctionCall, subtleObj *goja.Object) goja.Value {
	promise, resolve, reject := m.vm.NewPromise()
	digest, thrown := nodeerr.Catch(func() goja.Value {
		m.checkThis(call.This, subtleObj, "SubtleCrypto")
		if n := len(call.Arguments); n < 2 {
			panic(missingArgs("digest", "SubtleCrypto", 2, n, m))
		}
		name := call.Arguments[0]
		if o, ok := name.(*goja.Object); ok {
			name = o.Get("name")
		}
		data, ok := buffer.Bytes(m.vm, call.Arguments[1])
		if !ok {
			panic(nodeerr.TypeError(m.vm, "ERR_INVALID_ARG_TYPE",
				"Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView."))
		}
		sum, known := webDigests[strings.ToUpper(stringOr(name))]
		if !known {
			panic(m.domException("Unrecognized algorithm name", "NotSupportedError", 9))
		}
		return m.vm.ToValue(m.vm.NewArrayBuffer(sum(data)))
	})
	m.host().Loop().Post(func() {
		if thrown != nil {
			_ = reject(thrown)
		} else {
			_ = resolve(digest)
		}
	})
	return m.vm.ToValue(promise)
}

// stringOr returns v as a string if it is one, else "".
func stringOr(v goja.Value) string {
	if jsarg.IsString(v) {
		return v.String()
	}
	return ""
}
