package deepequal

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"
)

// kind is what an object is, as far as deep equality cares; it comes from
// goja's internal class names and export types, which a script cannot fake.
type kind int

const (
	kindPlain kind = iota // compared by its own properties only
	kindArray
	kindError
	kindDate
	kindRegExp
	kindNumber // boxed primitives
	kindString
	kindBoolean
	kindBigInt
	kindSymbol
	kindMap
	kindSet
	kindTypedArray
	kindDataView
	kindArrayBuffer
)

var (
	mapExport         = reflect.TypeOf([][2]interface{}{})
	setExport         = reflect.TypeOf([]interface{}{})
	arrayBufferExport = reflect.TypeOf(goja.ArrayBuffer{})
	bigIntExport      = reflect.TypeOf((*big.Int)(nil))
	stringExport      = reflect.TypeOf("")
)

// kindOf classifies o.
func (c *comparer) kindOf(o *goja.Object) kind {
	switch o.ClassName() {
	case "Array":
		return kindArray
	case "Error":
		return kindError
	case "Date":
		return kindDate
	case "RegExp":
		return kindRegExp
	case "Number":
		return kindNumber
	case "String":
		return kindString
	case "Boolean":
		return kindBoolean
	case "Object":
	default:
		return kindPlain
	}
	t := o.ExportType()
	switch {
	case t == mapExport:
		return kindMap
	case t == setExport:
		return kindSet
	case t == arrayBufferExport:
		return kindArrayBuffer
	case t == bigIntExport:
		return kindBigInt
	case t == stringExport:
		return kindSymbol
	case t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Interface:
		return kindTypedArray
	case c.isView(o):
		return kindDataView
	}
	return kindPlain
}

// isView is ArrayBuffer.isView.
func (c *comparer) isView(o *goja.Object) bool {
	v, err := c.in.isView(nil, o)
	return err == nil && v.ToBoolean()
}

// isFloatArray reports whether a typed array holds floats, which loose
// equality compares by value rather than by bytes.
func isFloatArray(o *goja.Object) bool {
	switch o.ExportType().Elem().Kind() {
	case reflect.Float32, reflect.Float64:
		return true
	}
	return false
}
