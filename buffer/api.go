package buffer

import "github.com/dop251/goja"

// Wrap returns a Buffer over b without copying: JS sees and changes the
// same memory. The caller must not reuse b while JS may hold the Buffer.
// It builds the buffer module on vm if nothing has yet. Call it on vm's
// goroutine only.
func Wrap(vm *goja.Runtime, b []byte) *goja.Object {
	return moduleFor(vm).newBuffer(b)
}

// Wrapper returns Wrap bound to vm, for a caller that wraps a chunk per
// read: it finds vm's module once instead of on every call. It builds the
// buffer module on vm if nothing has yet. Call it, and the function it
// returns, on vm's goroutine only.
func Wrapper(vm *goja.Runtime) func(b []byte) *goja.Object {
	return moduleFor(vm).newBuffer
}

// Bytes returns the bytes of a Buffer, TypedArray, DataView or ArrayBuffer
// without copying, and false if v is none of them (a Go []byte passed
// through vm.ToValue is accepted too). A detached buffer has no bytes.
// Call it on vm's goroutine only.
func Bytes(vm *goja.Runtime, v goja.Value) ([]byte, bool) {
	b, kind, done := directView(v)
	if !done {
		b, kind = moduleFor(vm).view(v)
	}
	return b, kind != notBytes
}

// StringToBytes returns the bytes of the JavaScript string s in encoding
// enc, exactly as Buffer.from(s, enc) has them; a non-string s is
// converted with ToString first.
func StringToBytes(s goja.Value, enc Encoding) []byte {
	j := newJSString(s)
	return appendEncoded(make([]byte, 0, encodedLen(j, enc)), j, enc)
}

// BytesToString returns b as a JavaScript string in encoding enc, exactly
// as buf.toString(enc) does.
func BytesToString(vm *goja.Runtime, b []byte, enc Encoding) goja.Value {
	return decodeToValue(vm, b, enc)
}

// DecodeString returns b as Go text in encoding enc (UTF-8, with invalid
// sequences and lone surrogates replaced by U+FFFD).
func DecodeString(b []byte, enc Encoding) string {
	return decodeToString(b, enc)
}

// ByteLength returns Buffer.byteLength(s, enc) for the JavaScript string
// s: the exact encoded size, except for hex and base64 where, as in Node,
// it is the size of well-formed input.
func ByteLength(s goja.Value, enc Encoding) int {
	return encodedLen(newJSString(s), enc)
}

// IsBuffer reports whether v is a Buffer (Buffer.isBuffer).
func IsBuffer(vm *goja.Runtime, v goja.Value) bool {
	return vm.InstanceOf(v, moduleFor(vm).ctor)
}

// IsUint8Array reports whether v is a Uint8Array, Buffers included, which
// is what Node's streams and sockets accept as binary chunks.
func IsUint8Array(vm *goja.Runtime, v goja.Value) bool {
	_, ok := moduleFor(vm).uint8Array(v)
	return ok
}

// InspectMaxBytes returns buffer.INSPECT_MAX_BYTES as the script last set
// it (50 by default), for util.inspect.
func InspectMaxBytes(vm *goja.Runtime) int {
	return int(moduleFor(vm).inspectMaxBytes)
}
