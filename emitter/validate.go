package emitter

import (
	"math"
	"reflect"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

var (
	typeInt64   = reflect.TypeOf(int64(0))
	typeFloat64 = reflect.TypeOf(float64(0))
	typeBool    = reflect.TypeOf(false)
)

// primitiveType returns the Go type a primitive exports to, or nil for
// objects and missing values.
func primitiveType(v goja.Value) reflect.Type {
	if v == nil {
		return nil
	}
	if _, isObj := v.(*goja.Object); isObj {
		return nil
	}
	return v.ExportType()
}

// isNumber reports whether typeof v === 'number'.
func isNumber(v goja.Value) bool {
	t := primitiveType(v)
	return t == typeInt64 || t == typeFloat64
}

// checkListener throws ERR_INVALID_ARG_TYPE unless listener is a function.
func (e *events) checkListener(listener goja.Value) {
	if !isFunction(listener) {
		panic(nodeerr.InvalidArgType(e.vm, "listener", "of type function", nilSafe(listener)))
	}
}

// validateBoolean throws ERR_INVALID_ARG_TYPE unless v is a boolean.
func (e *events) validateBoolean(v goja.Value, name string) {
	if primitiveType(v) != typeBool {
		panic(nodeerr.InvalidArgType(e.vm, name, "of type boolean", nilSafe(v)))
	}
}

// validateNonNegative throws unless v is a number >= 0 (Infinity allowed).
func (e *events) validateNonNegative(v goja.Value, name string) {
	if !isNumber(v) {
		panic(nodeerr.InvalidArgType(e.vm, name, "of type number", nilSafe(v)))
	}
	if f := v.ToFloat(); f < 0 || math.IsNaN(f) {
		panic(nodeerr.OutOfRange(e.vm, name, ">= 0", v))
	}
}

// validateWatermark throws unless v is an integer from 1 to
// Number.MAX_SAFE_INTEGER, as events.on's water marks must be.
func (e *events) validateWatermark(v goja.Value, name string) int64 {
	if !isNumber(v) {
		panic(nodeerr.InvalidArgType(e.vm, name, "of type number", nilSafe(v)))
	}
	f := v.ToFloat()
	if f != math.Trunc(f) || math.IsInf(f, 0) {
		panic(nodeerr.OutOfRange(e.vm, name, "an integer", v))
	}
	if f < 1 || f > maxSafeInteger {
		panic(nodeerr.OutOfRange(e.vm, name, ">= 1 && <= 9007199254740991", v))
	}
	return int64(f)
}

// maxSafeInteger is Number.MAX_SAFE_INTEGER.
const maxSafeInteger = 1<<53 - 1

// validateAbortSignal throws unless signal is undefined or an object with an
// aborted property, the duck type Node accepts as an AbortSignal.
func (e *events) validateAbortSignal(signal goja.Value, name string) {
	if isUndefined(signal) {
		return
	}
	if o, ok := signal.(*goja.Object); ok && !isFunction(o) && o.Get("aborted") != nil {
		return
	}
	panic(nodeerr.InvalidArgType(e.vm, name, "an instance of AbortSignal", signal))
}
