package utf8lossy

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// r is the replacement character U+FFFD.
const r = "\uFFFD"

// decodeCases follow the Encoding Standard's UTF-8 decoder: one U+FFFD for
// each maximal subpart, and the byte that broke a sequence read again.
var decodeCases = []struct {
	name string
	in   []byte
	want string
}{
	{"empty", nil, ""},
	{"valid", []byte("plain é€😀"), "plain é€😀"},
	{"lone continuation bytes", []byte{0x80, 0xBF}, r + r},
	{"continuation then ASCII", []byte{0x80, 0x41}, r + "A"},
	{"byte no character starts with", []byte{0xFF, 0x41, 0xC3, 0xA9}, r + "Aé"},
	{"overlong two-byte lead", []byte{0xC0, 0x80}, r + r},
	{"truncated two-byte", []byte{0xC3}, r},
	{"truncated three-byte", []byte{0xE2, 0x82}, r},
	{"three-byte broken by ASCII", []byte{0xE2, 0x82, 0x41}, r + "A"},
	{"three-byte broken by a lead", []byte{0xE2, 0x82, 0xC3, 0xA9}, r + "é"},
	{"overlong three-byte", []byte{0xE0, 0x9F, 0x80}, r + r + r},
	{"surrogate", []byte{0xED, 0xA0, 0x80}, r + r + r},
	{"last before surrogates", []byte{0xED, 0x9F, 0xBF}, "\uD7FF"},
	{"truncated four-byte", []byte{0xF0, 0x9F, 0x98}, r},
	{"truncated four-byte then ASCII", []byte{0xF0, 0x90, 0x80, 0x41}, r + "A"},
	{"overlong four-byte", []byte{0xF0, 0x80, 0x80}, r + r + r},
	{"above U+10FFFF", []byte{0xF4, 0x90, 0x80, 0x80}, r + r + r + r},
	{"U+10FFFF", []byte{0xF4, 0x8F, 0xBF, 0xBF}, "\U0010FFFF"},
	{"lead above F4", []byte{0xF5, 0x80, 0x80, 0x80}, r + r + r + r},
	{"emoji then stray byte", []byte{0xF0, 0x9F, 0x98, 0x80, 0xFF}, "😀" + r},
	// Unicode's Table 3-8, "U+FFFD for maximal subparts".
	{"Unicode table 3-8", []byte{0x61, 0xF1, 0x80, 0x80, 0xE1, 0x80, 0xC2, 0x62, 0x80, 0x63, 0x80, 0xBF, 0x64},
		"a" + r + r + r + "b" + r + "c" + r + r + "d"},
}

func TestAppendAndString(t *testing.T) {
	for _, tc := range decodeCases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, String(tc.in), "% x", tc.in)
			assert.Equal(t, "<"+tc.want, string(Append([]byte("<"), tc.in)), "% x", tc.in)
		})
	}
}

func TestSubpartLen(t *testing.T) {
	cases := []struct {
		in   []byte
		want int
	}{
		{[]byte{0x80, 0x80}, 1},
		{[]byte{0xC0, 0x80}, 1},
		{[]byte{0xC3}, 1},
		{[]byte{0xC3, 0x41}, 1},
		{[]byte{0xE2, 0x82}, 2},
		{[]byte{0xE2, 0x82, 0x41}, 2},
		{[]byte{0xE0, 0x9F, 0x80}, 1},
		{[]byte{0xED, 0xA0, 0x80}, 1},
		{[]byte{0xF0, 0x9F, 0x98}, 3},
		{[]byte{0xF0, 0x9F, 0x98, 0x41}, 3},
		{[]byte{0xF4, 0x90, 0x80, 0x80}, 1},
		{[]byte{0xFF}, 1},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, SubpartLen(tc.in), "% x", tc.in)
	}
}
