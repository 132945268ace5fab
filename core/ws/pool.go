package ws

import (
	"math/bits"
	"sync"
)

// Frame buffers are recycled once written, in size classes of a power of
// two plus room for a header, from 256 bytes to 1 MiB of payload; larger
// frames get a buffer of their own.
const (
	minClassBits = 8
	maxClassBits = 20
)

var bufferPools [maxClassBits - minClassBits + 1]sync.Pool

// sizeClass returns the pool index for a frame of n bytes, or -1.
func sizeClass(n int) int {
	payload := max(n-maxHeader, 1)
	b := bits.Len(uint(payload - 1))
	if b > maxClassBits {
		return -1
	}
	return max(b, minClassBits) - minClassBits
}

// getBuffer returns a buffer of n bytes.
func getBuffer(n int) *[]byte {
	class := sizeClass(n)
	if class >= 0 {
		if p, ok := bufferPools[class].Get().(*[]byte); ok {
			*p = (*p)[:n]
			return p
		}
		b := make([]byte, n, 1<<(class+minClassBits)+maxHeader)
		return &b
	}
	b := make([]byte, n)
	return &b
}

// putBuffer recycles a buffer from getBuffer.
func putBuffer(p *[]byte) {
	if class := sizeClass(cap(*p)); class >= 0 && cap(*p) == 1<<(class+minClassBits)+maxHeader {
		bufferPools[class].Put(p)
	}
}
