package buffer

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// swapMethod returns swap16, swap32 or swap64, which reverse the byte order
// of each size-byte group in place.
func (m *module) swapMethod(size int) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		b := m.thisBytes(call)
		if len(b)%size != 0 {
			panic(nodeerr.RangeError(m.vm, "ERR_INVALID_BUFFER_SIZE",
				"Buffer size must be a multiple of "+itoa(int64(8*size))+"-bits"))
		}
		for i := 0; i < len(b); i += size {
			group := b[i : i+size]
			for l, r := 0, size-1; l < r; l, r = l+1, r-1 {
				group[l], group[r] = group[r], group[l]
			}
		}
		return call.This
	}
}
