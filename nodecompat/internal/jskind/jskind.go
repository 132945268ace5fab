// Package jskind tells what kind of object a goja value is, from goja's
// class names and export types: they reflect an object's internal slots,
// which a script cannot fake the way it can fake Symbol.toStringTag.
package jskind

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"
)

// Kind is what an object is, as V8's internal type checks would say.
type Kind int

// The kinds of objects. Of never returns WeakMap, WeakSet or DataView:
// goja does not tell them from plain objects, and only a brand check
// through the realm's own built-ins, which the caller holds, can.
const (
	Object Kind = iota // an ordinary object, or one Of cannot tell apart
	Array
	Function
	Error
	Date
	RegExp
	Arguments
	Number // the boxed primitives, from Number to Symbol
	String
	Boolean
	BigInt
	Symbol
	Map
	Set
	Promise
	TypedArray
	ArrayBuffer
	DataView
	WeakMap
	WeakSet
	Proxy
)

// IsBoxed reports whether k is a primitive wrapper object.
func (k Kind) IsBoxed() bool {
	return k >= Number && k <= Symbol
}

// byClass are the kinds goja gives a class name of their own.
var byClass = map[string]Kind{
	"Array":     Array,
	"Error":     Error,
	"Date":      Date,
	"RegExp":    RegExp,
	"Arguments": Arguments,
	"Number":    Number,
	"String":    String,
	"Boolean":   Boolean,
}

// proxyType is the Go type goja exports a Proxy as.
var proxyType = reflect.TypeOf(goja.Proxy{})

// IsProxy reports whether o is a Proxy, whatever its class name.
func IsProxy(o *goja.Object) bool {
	return o.ExportType() == proxyType
}

// byExport are the kinds goja exports as a Go type of their own; a boxed
// Symbol exports as its description string.
var byExport = map[reflect.Type]Kind{
	reflect.TypeOf([][2]interface{}{}):   Map,
	reflect.TypeOf([]interface{}{}):      Set,
	reflect.TypeOf((*goja.Promise)(nil)): Promise,
	reflect.TypeOf(goja.ArrayBuffer{}):   ArrayBuffer,
	reflect.TypeOf(goja.Proxy{}):         Proxy,
	reflect.TypeOf((*big.Int)(nil)):      BigInt,
	reflect.TypeOf(""):                   Symbol,
	reflect.TypeOf([]uint8(nil)):         TypedArray,
	reflect.TypeOf([]int8(nil)):          TypedArray,
	reflect.TypeOf([]uint16(nil)):        TypedArray,
	reflect.TypeOf([]int16(nil)):         TypedArray,
	reflect.TypeOf([]uint32(nil)):        TypedArray,
	reflect.TypeOf([]int32(nil)):         TypedArray,
	reflect.TypeOf([]float32(nil)):       TypedArray,
	reflect.TypeOf([]float64(nil)):       TypedArray,
	reflect.TypeOf([]int64(nil)):         TypedArray,
	reflect.TypeOf([]uint64(nil)):        TypedArray,
}

// Of classifies o by its class name, then its export type, then whether it
// is callable; anything else is Object.
func Of(o *goja.Object) Kind {
	if k, ok := byClass[o.ClassName()]; ok {
		return k
	}
	if k, ok := byExport[o.ExportType()]; ok {
		return k
	}
	if _, ok := goja.AssertFunction(o); ok {
		return Function
	}
	return Object
}
