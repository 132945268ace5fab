package crypto

import (
	"crypto/subtle"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// timingSafeEqual is crypto.timingSafeEqual(a, b): whether two byte
// sequences of the same length are equal, in time independent of where
// they differ.
func (m *cryptoModule) timingSafeEqual(call goja.FunctionCall) goja.Value {
	a := m.bytesArg(arg(call.Arguments, 0), "buf1")
	b := m.bytesArg(arg(call.Arguments, 1), "buf2")
	if len(a) != len(b) {
		panic(nodeerr.RangeError(m.vm, "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH", "Input buffers must have the same byte length"))
	}
	return m.vm.ToValue(subtle.ConstantTimeCompare(a, b) == 1)
}

// bytesArg returns the bytes of an ArrayBuffer, Buffer, TypedArray or
// DataView argument, with the message Node's native layer throws otherwise.
func (m *cryptoModule) bytesArg(v goja.Value, name string) []byte {
	b, ok := buffer.Bytes(m.vm, v)
	if !ok {
		panic(nodeerr.TypeError(m.vm, "ERR_INVALID_ARG_TYPE",
			`The "`+name+`" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`))
	}
	return b
}
