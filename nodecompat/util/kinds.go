package util

import (
	"math/big"
	"reflect"
	"strings"
	"unicode"

	"github.com/dop251/goja"
)

// kind is what V8's internal type checks would say an object is; it decides
// how inspect lays the object out.
type kind int

const (
	kindObject kind = iota
	kindArray
	kindFunction
	kindError
	kindDate
	kindRegExp
	kindArguments
	kindNumberObject
	kindStringObject
	kindBooleanObject
	kindBigIntObject
	kindSymbolObject
	kindMap
	kindSet
	kindPromise
	kindTypedArray
	kindArrayBuffer
	kindDataView
	kindWeakMap
	kindWeakSet
	kindProxy
)

// isBoxed reports whether k is a primitive wrapper object.
func (k kind) isBoxed() bool {
	return k >= kindNumberObject && k <= kindSymbolObject
}

var (
	typeMapExport   = reflect.TypeOf([][2]interface{}{})
	typeSetExport   = reflect.TypeOf([]interface{}{})
	typePromise     = reflect.TypeOf((*goja.Promise)(nil))
	typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
	typeProxy       = reflect.TypeOf(goja.Proxy{})
	typeBigInt      = reflect.TypeOf((*big.Int)(nil))
	typeString      = reflect.TypeOf("")
)

// typedArrayExportTypes are the Go slice types goja exports typed arrays as.
var typedArrayExportTypes = map[reflect.Type]bool{
	reflect.TypeOf([]uint8(nil)):   true,
	reflect.TypeOf([]int8(nil)):    true,
	reflect.TypeOf([]uint16(nil)):  true,
	reflect.TypeOf([]int16(nil)):   true,
	reflect.TypeOf([]uint32(nil)):  true,
	reflect.TypeOf([]int32(nil)):   true,
	reflect.TypeOf([]float32(nil)): true,
	reflect.TypeOf([]float64(nil)): true,
	reflect.TypeOf([]int64(nil)):   true,
	reflect.TypeOf([]uint64(nil)):  true,
}

// kindOf classifies o from goja's class names and export types, which reflect
// internal slots rather than anything a script can spoof, falling back to
// brand checks through the captured intrinsics.
func (s *state) kindOf(o *goja.Object) kind {
	switch o.ClassName() {
	case "Array":
		return kindArray
	case "Error":
		return kindError
	case "Date":
		return kindDate
	case "RegExp":
		return kindRegExp
	case "Arguments":
		return kindArguments
	case "Number":
		return kindNumberObject
	case "String":
		return kindStringObject
	case "Boolean":
		return kindBooleanObject
	}
	t := o.ExportType()
	switch {
	case t == typeProxy:
		return kindProxy
	case t == typeMapExport:
		return kindMap
	case t == typeSetExport:
		return kindSet
	case t == typePromise:
		return kindPromise
	case t == typeArrayBuffer:
		return kindArrayBuffer
	case t == typeBigInt:
		return kindBigIntObject
	case t == typeString:
		return kindSymbolObject
	case typedArrayExportTypes[t]:
		return kindTypedArray
	}
	if _, ok := goja.AssertFunction(o); ok {
		return kindFunction
	}
	if s.vm.InstanceOf(o, s.in.errorConstructor) {
		return kindError
	}
	return s.brandKind(o)
}

// brandKind recognises the objects goja does not tell apart by type
// (WeakMap, WeakSet, DataView): their inherited toStringTag names a candidate
// that a brand check through the pristine prototype method confirms.
func (s *state) brandKind(o *goja.Object) kind {
	v := o.GetSymbol(goja.SymToStringTag)
	if v == nil || !goja.IsString(v) {
		return kindObject
	}
	tag := v.String()
	var check goja.Callable
	var k kind
	switch tag {
	case "WeakMap":
		check, k = s.in.weakMapHas, kindWeakMap
	case "WeakSet":
		check, k = s.in.weakSetHas, kindWeakSet
	case "DataView":
		check, k = s.in.dataViewByteLength, kindDataView
	default:
		return kindObject
	}
	if _, err := check(o, s.vm.NewObject()); err != nil {
		return kindObject
	}
	return k
}

// isGeneratorFunction reports whether f was declared with function*.
func (s *state) isGeneratorFunction(f *goja.Object) bool {
	return hasProto(f, s.in.generatorFunctionPrototype)
}

// isAsyncFunction reports whether f was declared async. goja gives async
// methods (`{ async m() {} }`) Function.prototype, so their source text is
// the fallback.
func (s *state) isAsyncFunction(f *goja.Object) bool {
	if hasProto(f, s.in.asyncFunctionPrototype) {
		return true
	}
	src, err := s.in.functionToString(f)
	if err != nil {
		return false
	}
	text := src.String()
	return len(text) > len("async ") && strings.HasPrefix(text, "async") && unicode.IsSpace(rune(text[len("async")]))
}

// hasProto reports whether proto is on o's prototype chain.
func hasProto(o, proto *goja.Object) bool {
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == proto {
			return true
		}
	}
	return false
}
