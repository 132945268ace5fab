// Package jsarg checks the arguments scripts pass to Node's core modules, as
// Node's internal validators do, throwing Node's errors on a bad value.
package jsarg

import (
	"math"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// DataExpected completes ERR_INVALID_ARG_TYPE's "must be ..." for data
// given as a string or a view of bytes.
const DataExpected = "of type string or an instance of Buffer, TypedArray, or DataView"

// Function returns v as a callable, or throws ERR_INVALID_ARG_TYPE naming
// the argument name unless v is a function, as Node's validateFunction does.
func Function(vm *goja.Runtime, v goja.Value, name string) goja.Callable {
	fn, ok := goja.AssertFunction(v)
	if !ok {
		panic(nodeerr.InvalidArgType(vm, name, "of type function", v))
	}
	return fn
}

// IsString reports whether v is a primitive string.
func IsString(v goja.Value) bool {
	if v == nil {
		return false
	}
	if _, isObj := v.(*goja.Object); isObj {
		return false
	}
	_, ok := v.Export().(string)
	return ok
}

// Number returns v as a float64 if it is a primitive number.
func Number(v goja.Value) (float64, bool) {
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

// Integer checks that the argument name is an integer in [lo, hi], as
// Node's validateInteger and validateInt32 do, and returns it.
func Integer(vm *goja.Runtime, v goja.Value, name string, lo, hi float64) float64 {
	f, ok := Number(v)
	if !ok {
		panic(nodeerr.InvalidArgType(vm, name, "of type number", v))
	}
	if f != math.Trunc(f) || math.IsInf(f, 0) {
		panic(nodeerr.OutOfRange(vm, name, "an integer", v))
	}
	if f < lo || f > hi {
		panic(nodeerr.OutOfRange(vm, name, ">= "+FormatNumber(lo)+" && <= "+FormatNumber(hi), v))
	}
	return f
}

// View returns the bytes of a Buffer, TypedArray or DataView without
// copying; a bare ArrayBuffer is not a view.
func View(vm *goja.Runtime, v goja.Value) ([]byte, bool) {
	if o, ok := v.(*goja.Object); ok {
		if _, isAB := o.Export().(goja.ArrayBuffer); isAB {
			return nil, false
		}
	}
	return buffer.Bytes(vm, v)
}

// FormatNumber formats a number, such as a bound in an error message, as
// JavaScript prints it.
func FormatNumber(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
