package buffer

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// The "expected" phrases of Node's ERR_INVALID_ARG_TYPE messages used here.
const (
	wantNumber     = "of type number"
	wantString     = "of type string"
	wantUint8Array = "an instance of Buffer or Uint8Array"
)

// throwInvalidArgType throws ERR_INVALID_ARG_TYPE.
func (m *module) throwInvalidArgType(name, expected string, v goja.Value) {
	panic(nodeerr.InvalidArgType(m.vm, name, expected, v))
}

// throwOutOfRange throws ERR_OUT_OF_RANGE for a value outside rangeDesc.
func (m *module) throwOutOfRange(name, rangeDesc string, v goja.Value) {
	panic(nodeerr.OutOfRange(m.vm, name, rangeDesc, v))
}

// throwBufferOutOfBounds throws ERR_BUFFER_OUT_OF_BOUNDS, naming the
// argument when there is one.
func (m *module) throwBufferOutOfBounds(name string) {
	msg := "Attempt to access memory outside buffer bounds"
	if name != "" {
		msg = `"` + name + `" is outside of buffer bounds`
	}
	panic(nodeerr.RangeError(m.vm, "ERR_BUFFER_OUT_OF_BOUNDS", msg))
}

// throwUnknownEncoding throws ERR_UNKNOWN_ENCODING for v.
func (m *module) throwUnknownEncoding(v goja.Value) {
	panic(nodeerr.TypeError(m.vm, "ERR_UNKNOWN_ENCODING", "Unknown encoding: "+v.String()))
}

// throwIndexOutOfRange throws the bare ERR_OUT_OF_RANGE that Node's native
// slice and write bindings use.
func (m *module) throwIndexOutOfRange() {
	panic(nodeerr.RangeError(m.vm, "ERR_OUT_OF_RANGE", "Index out of range"))
}

// throwRangeError throws a plain RangeError, as V8 does for typed array
// misuse.
func (m *module) throwRangeError(msg string) {
	ctor, _ := m.vm.Get("RangeError").(*goja.Object)
	err, _ := m.vm.New(ctor, m.vm.ToValue(msg))
	panic(err)
}
