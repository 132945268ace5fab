package crypto

import (
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// data returns the bytes of hash input: a string in encoding (UTF-8 when
// missing or unknown, as Node's native layer treats it) or a Buffer,
// TypedArray or DataView. Odd-length hex is refused as Node does.
func (m *cryptoModule) data(v, encoding goja.Value, name string) []byte {
	if jsarg.IsString(v) {
		enc := buffer.UTF8
		if jsarg.IsString(encoding) {
			if parsed, ok := buffer.ParseEncoding(encoding.String()); ok {
				enc = parsed
			}
		}
		if n := len(v.String()); enc == buffer.Hex && n%2 != 0 {
			panic(nodeerr.InvalidArgValue(m.vm, "encoding", encoding, "is invalid for data of length "+strconv.Itoa(n)))
		}
		return buffer.StringToBytes(v, enc)
	}
	if b, ok := jsarg.View(m.vm, v); ok {
		return b
	}
	panic(nodeerr.InvalidArgType(m.vm, name, jsarg.DataExpected, v))
}

// arg returns args[i], or undefined when it is missing.
func arg(args []goja.Value, i int) goja.Value {
	if i < len(args) && args[i] != nil {
		return args[i]
	}
	return goja.Undefined()
}
