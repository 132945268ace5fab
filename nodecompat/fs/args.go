package fs

import (
	"errors"
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

var errNoLoop = errors.New("fs: the runtime has no event loop (host.New was not called)")

// pathExpected completes ERR_INVALID_ARG_TYPE's "must be ..." for paths.
const pathExpected = "of type string or an instance of Buffer or URL"

// path checks a path argument (a string, Buffer, Uint8Array or file: URL)
// and returns it as a Go string.
func (m *fsModule) path(v goja.Value, name string) string {
	var p string
	switch {
	case jsarg.IsString(v):
		p = v.String()
	case isUint8Array(m.vm, v):
		b, _ := buffer.Bytes(m.vm, v)
		p = string(b)
	case isURL(v):
		p = m.urlPath(v.(*goja.Object))
	default:
		panic(nodeerr.InvalidArgType(m.vm, name, pathExpected, v))
	}
	if strings.IndexByte(p, 0) >= 0 {
		panic(nodeerr.InvalidArgValue(m.vm, name, v, "must be a string, Uint8Array, or URL without null bytes"))
	}
	return p
}

// urlPath converts a file: URL object to a path as url.fileURLToPath does.
func (m *fsModule) urlPath(u *goja.Object) string {
	if u.Get("protocol").String() != "file:" {
		panic(nodeerr.TypeError(m.vm, "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file"))
	}
	if host := u.Get("hostname"); host != nil && host.String() != "" && host.String() != "localhost" {
		panic(nodeerr.TypeError(m.vm, "ERR_INVALID_FILE_URL_HOST", `File URL host must be "localhost" or empty on linux`))
	}
	pathname := u.Get("pathname").String()
	if strings.Contains(strings.ToLower(pathname), "%2f") {
		panic(nodeerr.TypeError(m.vm, "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters"))
	}
	p, err := url.PathUnescape(pathname)
	if err != nil {
		panic(nodeerr.TypeError(m.vm, "ERR_INVALID_FILE_URL_PATH", "File URL path is not a valid percent-encoded path"))
	}
	return p
}

// isURL reports whether v looks like a WHATWG URL, by Node's test: href and
// protocol set, no legacy auth or path.
func isURL(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	href := o.Get("href")
	return href != nil && href.ToBoolean() && o.Get("protocol") != nil && !goja.IsUndefined(o.Get("protocol")) &&
		isUndefined(o.Get("auth")) && isUndefined(o.Get("path"))
}

// target is what a path-or-descriptor argument names.
type target struct {
	path string
	fd   int
	isFd bool
}

// pathOrFd checks an argument that is a path or an int32 file descriptor.
func (m *fsModule) pathOrFd(v goja.Value, name string) target {
	if f, ok := jsarg.Number(v); ok && f == math.Trunc(f) && f >= math.MinInt32 && f <= math.MaxInt32 {
		return target{fd: m.fd(v, "fd"), isFd: true}
	}
	return target{path: m.path(v, name)}
}

// fd checks a file-descriptor argument: an integer in [0, 2^31-1].
func (m *fsModule) fd(v goja.Value, name string) int {
	return int(jsarg.Integer(m.vm, v, name, 0, math.MaxInt32))
}

// mode checks a permission mode: an unsigned 32-bit integer or an octal
// string; undefined and null give def.
func (m *fsModule) mode(v goja.Value, name string, def uint32) uint32 {
	if isUndefined(v) {
		return def
	}
	if jsarg.IsString(v) {
		n, err := strconv.ParseUint(v.String(), 8, 32)
		if err != nil || strings.ContainsAny(v.String(), "+-_") {
			panic(nodeerr.InvalidArgValue(m.vm, name, v, "must be a 32-bit unsigned integer or an octal string"))
		}
		return uint32(n)
	}
	return uint32(jsarg.Integer(m.vm, v, name, 0, math.MaxUint32))
}

// options normalizes an options argument as Node's getOptions: undefined or
// null give nil (all defaults), a string is the encoding.
func (m *fsModule) options(v goja.Value) *goja.Object {
	switch {
	case isUndefined(v):
		return nil
	case jsarg.IsString(v):
		o := m.vm.NewObject()
		_ = o.Set("encoding", v)
		return o
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); !isFn {
			return o
		}
	}
	panic(nodeerr.InvalidArgType(m.vm, "options", "one of type string or object", v))
}

// get returns the option key of o, undefined when o is nil.
func get(o *goja.Object, key string) goja.Value {
	if o == nil {
		return goja.Undefined()
	}
	if v := o.Get(key); v != nil {
		return v
	}
	return goja.Undefined()
}

// encoding is an encoding option: raw results are Buffers.
type encoding struct {
	enc buffer.Encoding
	raw bool
}

// encoding checks the encoding option of o; def applies when it is unset.
func (m *fsModule) encoding(o *goja.Object, def encoding) encoding {
	v := get(o, "encoding")
	if !v.ToBoolean() {
		return def
	}
	if jsarg.IsString(v) {
		if v.String() == "buffer" {
			return encoding{raw: true}
		}
		if enc, ok := buffer.ParseEncoding(v.String()); ok {
			return encoding{enc: enc}
		}
	}
	panic(nodeerr.InvalidArgValue(m.vm, "encoding", v, "is invalid encoding"))
}

// bytesValue returns b as a Buffer, or as a string in e's encoding.
func (m *fsModule) bytesValue(b []byte, e encoding) goja.Value {
	if e.raw {
		return buffer.Wrap(m.vm, b)
	}
	return buffer.BytesToString(m.vm, b, e.enc)
}

// data checks the data argument of a write and returns a copy of its bytes,
// strings encoded in enc, so that another goroutine may write them.
func (m *fsModule) data(v goja.Value, enc buffer.Encoding) []byte {
	if jsarg.IsString(v) {
		return buffer.StringToBytes(v, enc)
	}
	if b, ok := jsarg.View(m.vm, v); ok {
		return append([]byte(nil), b...)
	}
	panic(nodeerr.InvalidArgType(m.vm, "data", jsarg.DataExpected, v))
}

// boolOption checks an optional boolean property of o named "options.key".
func (m *fsModule) boolOption(o *goja.Object, key string, def bool) bool {
	v := get(o, key)
	if goja.IsUndefined(v) {
		return def
	}
	if b, ok := v.Export().(bool); ok {
		if _, isObj := v.(*goja.Object); !isObj {
			return b
		}
	}
	panic(nodeerr.InvalidArgType(m.vm, "options."+key, "of type boolean", v))
}

// isUint8Array reports whether v is a Buffer or another Uint8Array.
func isUint8Array(vm *goja.Runtime, v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	u8, _ := vm.Get("Uint8Array").(*goja.Object)
	return vm.InstanceOf(o, u8)
}

// isUndefined reports whether v is undefined, null or missing.
func isUndefined(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}
