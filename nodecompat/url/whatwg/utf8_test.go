package whatwg

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDecodeUTF8ReplacesMaximalSubparts(t *testing.T) {
	const r = "\ufffd"
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte("plain é€😀"), "plain é€😀"},
		{[]byte{0xe2, 0x82, 0x41}, r + "A"},             // truncated 3-byte character: one U+FFFD
		{[]byte{0xf0, 0x9f, 0x98}, r},                   // truncated at the end
		{[]byte{0xc0, 0x80}, r + r},                     // overlong lead is never valid
		{[]byte{0xed, 0xa0, 0x80}, r + r + r},           // surrogate code point
		{[]byte{0xe0, 0x9f, 0x80}, r + r + r},           // overlong 3-byte form
		{[]byte{0xf4, 0x90, 0x80, 0x80}, r + r + r + r}, // above U+10FFFF
		{[]byte{0xf0, 0x80, 0x80}, r + r + r},
		{[]byte{0x80, 0xbf}, r + r},
		{[]byte{0xff, 0x41, 0xc3, 0xa9}, r + "Aé"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, DecodeUTF8(tc.in), "% x", tc.in)
	}
}
