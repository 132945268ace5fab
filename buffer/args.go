package buffer

import (
	"math"
	"strconv"

	"github.com/dop251/goja"
)

// arg returns args[i], or undefined past the end.
func arg(args []goja.Value, i int) goja.Value {
	if i < len(args) {
		return args[i]
	}
	return goja.Undefined()
}

// isUndefined reports whether v is missing or undefined.
func isUndefined(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v)
}

// toNumber is JavaScript's unary plus.
func (m *module) toNumber(v goja.Value) float64 {
	if goja.IsBigInt(v) {
		panic(m.vm.NewTypeError("Cannot convert a BigInt value to a number"))
	}
	return v.ToNumber().ToFloat()
}

// toUint32 is ECMAScript's ToUint32 on a number.
func toUint32(f float64) uint32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	f = math.Mod(math.Trunc(f), 1<<32)
	if f < 0 {
		f += 1 << 32
	}
	return uint32(f)
}

// toInt32 is ECMAScript's ToInt32 on a number (JavaScript's `x | 0`).
func toInt32(f float64) int64 {
	return int64(int32(toUint32(f)))
}

// validateNumber is Node's validateNumber without bounds: v must be a
// number.
func (m *module) validateNumber(v goja.Value, name string) float64 {
	if !goja.IsNumber(v) {
		m.throwInvalidArgType(name, wantNumber, v)
	}
	return v.ToFloat()
}

// validateNumberRange is Node's validateNumber with bounds: v must be a
// number in [lo, hi], NaN excluded; fractions are allowed.
func (m *module) validateNumberRange(v goja.Value, name string, lo, hi int64) float64 {
	f := m.validateNumber(v, name)
	if math.IsNaN(f) || f < float64(lo) || f > float64(hi) {
		m.throwOutOfRange(name, ">= "+itoa(lo)+" && <= "+itoa(hi), v)
	}
	return f
}

// validateInteger is Node's validateInteger (and buffer's validateOffset):
// v must be an integral number in [lo, hi].
func (m *module) validateInteger(v goja.Value, name string, lo, hi int64) int64 {
	f := m.validateNumber(v, name)
	if f != math.Trunc(f) || math.IsInf(f, 0) {
		m.throwOutOfRange(name, "an integer", v)
	}
	if f < float64(lo) || f > float64(hi) {
		m.throwOutOfRange(name, ">= "+itoa(lo)+" && <= "+itoa(hi), v)
	}
	return int64(f)
}

// validateOffset is buffer's validateOffset: an integer in [0, hi].
func (m *module) validateOffset(v goja.Value, name string, hi int64) int64 {
	return m.validateInteger(v, name, 0, hi)
}

// itoa formats an integer for an error message.
func itoa(n int64) string {
	return strconv.FormatInt(n, 10)
}
