package webapi

import (
	"reflect"

	"github.com/dop251/goja"
)

var typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})

// bufferSource returns the bytes of an ArrayBuffer, TypedArray or DataView
// without copying, and false for anything else. A detached buffer has no
// bytes.
func (r *realm) bufferSource(v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	if o.ExportType() == typeArrayBuffer {
		return o.Export().(goja.ArrayBuffer).Bytes(), true
	}
	if !call1(r.in.isView, o).ToBoolean() {
		return nil, false
	}
	return viewBytes(r.vm, o), true
}

// viewBytes returns the bytes a TypedArray or DataView covers. goja panics
// on a detached buffer here, which reads as empty.
func viewBytes(vm *goja.Runtime, o *goja.Object) (b []byte) {
	defer func() {
		if recover() != nil {
			b = nil
		}
	}()
	must(vm.ExportTo(o, &b))
	return b
}

// newUint8Array returns a Uint8Array over b, without copying.
func (r *realm) newUint8Array(b []byte) *goja.Object {
	o, err := r.vm.New(r.in.ctors["Uint8Array"], r.vm.ToValue(r.vm.NewArrayBuffer(b)))
	must(err)
	return o
}

// typedArrayName returns the TypedArray kind of v ("Uint8Array", ...) or ""
// if v is not a TypedArray.
func (r *realm) typedArrayName(v goja.Value) string {
	if !isObject(v) {
		return ""
	}
	tag := call(r.in.taTag, v)
	if goja.IsUndefined(tag) {
		return ""
	}
	return tag.String()
}
