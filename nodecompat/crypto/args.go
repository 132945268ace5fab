package crypto

import (
	"math"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// dataExpected completes ERR_INVALID_ARG_TYPE's "must be ..." for update.
const dataExpected = "of type string or an instance of Buffer, TypedArray, or DataView"

// data returns the bytes of hash input: a string in encoding (UTF-8 when
// missing or unknown, as Node's native layer treats it) or a Buffer,
// TypedArray or DataView. Odd-length hex is refused as Node does.
func (m *cryptoModule) data(v, encoding goja.Value, name string) []byte {
	if isString(v) {
		enc := buffer.UTF8
		if isString(encoding) {
			if parsed, ok := buffer.ParseEncoding(encoding.String()); ok {
				enc = parsed
			}
		}
		if n := len(v.String()); enc == buffer.Hex && n%2 != 0 {
			panic(nodeerr.InvalidArgValue(m.vm, "encoding", encoding, "is invalid for data of length "+strconv.Itoa(n)))
		}
		return buffer.StringToBytes(v, enc)
	}
	if b, ok := m.view(v); ok {
		return b
	}
	panic(nodeerr.InvalidArgType(m.vm, name, dataExpected, v))
}

// view returns the bytes of a Buffer, TypedArray or DataView without
// copying; a bare ArrayBuffer is not a view.
func (m *cryptoModule) view(v goja.Value) ([]byte, bool) {
	if o, ok := v.(*goja.Object); ok {
		if _, isAB := o.Export().(goja.ArrayBuffer); isAB {
			return nil, false
		}
	}
	return buffer.Bytes(m.vm, v)
}

// integer checks an integer argument in [lo, hi] as Node's validateInteger.
func (m *cryptoModule) integer(v goja.Value, name string, lo, hi float64) float64 {
	f, ok := number(v)
	if !ok {
		panic(nodeerr.InvalidArgType(m.vm, name, "of type number", v))
	}
	if f != math.Trunc(f) || math.IsInf(f, 0) {
		panic(nodeerr.OutOfRange(m.vm, name, "an integer", v))
	}
	if f < lo || f > hi {
		panic(nodeerr.OutOfRange(m.vm, name, ">= "+fmtNum(lo)+" && <= "+fmtNum(hi), v))
	}
	return f
}

// arg returns args[i], or undefined when it is missing.
func arg(args []goja.Value, i int) goja.Value {
	if i < len(args) && args[i] != nil {
		return args[i]
	}
	return goja.Undefined()
}

// isString reports whether v is a primitive string.
func isString(v goja.Value) bool {
	if v == nil {
		return false
	}
	if _, isObj := v.(*goja.Object); isObj {
		return false
	}
	_, ok := v.Export().(string)
	return ok
}

// number returns v as a float64 if it is a primitive number.
func number(v goja.Value) (float64, bool) {
	if v == nil {
		return 0, false
	}
	if _, isObj := v.(*goja.Object); isObj {
		return 0, false
	}
	switch n := v.Export().(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

// fmtNum formats a bound as JavaScript prints it.
func fmtNum(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
