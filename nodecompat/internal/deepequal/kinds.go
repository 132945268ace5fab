package deepequal

import (
	"reflect"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// kindOf classifies o for deep equality: functions, arguments objects,
// promises and proxies compare by their own properties only, like plain
// objects, and a DataView is told from a plain object by ArrayBuffer.isView.
func (c *comparer) kindOf(o *goja.Object) jskind.Kind {
	switch k := jskind.Of(o); k {
	case jskind.Function, jskind.Arguments, jskind.Promise, jskind.Proxy:
		return jskind.Object
	case jskind.Object:
		if c.isView(o) {
			return jskind.DataView
		}
		return jskind.Object
	default:
		return k
	}
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
