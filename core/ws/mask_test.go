package ws

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// maskBytewise is the RFC's definition, one byte at a time.
func maskBytewise(key [4]byte, pos int, b []byte) int {
	for i := range b {
		b[i] ^= key[(pos+i)&3]
	}
	return (pos + len(b)) & 3
}

// TestMask checks the word-wise masking against the RFC's definition for
// every starting position and lengths around the word sizes, and that
// masking in pieces equals masking at once.
func TestMask(t *testing.T) {
	key := [4]byte{0xA1, 0xB2, 0xC3, 0xD4}
	for pos := range 4 {
		for _, n := range []int{0, 1, 3, 4, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65, 1000} {
			want, got := pattern(n, byte(n)), pattern(n, byte(n))
			wantPos := maskBytewise(key, pos, want)
			assert.Equal(t, wantPos, mask(key, pos, got), "pos %d, %d bytes", pos, n)
			assert.Equal(t, want, got, "pos %d, %d bytes", pos, n)
		}
	}
	whole, pieces := pattern(1000, 5), pattern(1000, 5)
	mask(key, 0, whole)
	p := 0
	for _, cut := range [][2]int{{0, 3}, {3, 17}, {17, 100}, {100, 101}, {101, 1000}} {
		p = mask(key, p, pieces[cut[0]:cut[1]])
	}
	assert.True(t, bytes.Equal(whole, pieces))
}

func BenchmarkMask(b *testing.B) {
	for _, n := range []int{64, 64 << 10} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			buf := make([]byte, n)
			b.SetBytes(int64(n))
			for range b.N {
				mask([4]byte{1, 2, 3, 4}, 1, buf)
			}
		})
	}
}
