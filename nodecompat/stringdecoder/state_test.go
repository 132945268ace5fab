package stringdecoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUnfinishedTail(t *testing.T) {
	tests := []struct {
		enc           Encoding
		data          []byte
		keep, missing int
	}{
		{EncodingUTF8, []byte("abc"), 0, 0},
		{EncodingUTF8, []byte{0x41, 0xe2}, 1, 2},
		{EncodingUTF8, []byte{0x41, 0xe2, 0x82}, 2, 1},
		{EncodingUTF8, []byte{0x41, 0xe2, 0x82, 0xac}, 0, 0},
		{EncodingUTF8, []byte{0x41, 0xf0, 0x9f, 0x98}, 3, 1},
		{EncodingUTF8, []byte{0xc0}, 1, 1},       // lead by form only
		{EncodingUTF8, []byte{0xf8}, 0, 0},       // no length announced
		{EncodingUTF8, []byte{0x82, 0x82}, 0, 0}, // starts with trailing bytes
		{EncodingUTF8, []byte{0x41, 0x80, 0x80, 0x80}, 0, 0},
		{EncodingUTF16LE, []byte{0x41}, 1, 1},
		{EncodingUTF16LE, []byte{0x41, 0x00}, 0, 0},
		{EncodingUTF16LE, []byte{0x3d, 0xd8}, 2, 2},
		{EncodingUTF16LE, []byte{0x3d, 0xd8, 0x00}, 1, 1}, // odd byte wins over the surrogate
		{EncodingBase64, []byte{1, 2, 3, 4}, 1, 2},
		{EncodingBase64URL, []byte{1, 2, 3, 4, 5}, 2, 1},
		{EncodingHex, []byte{1}, 0, 0},
		{EncodingLatin1, []byte{0xe2}, 0, 0},
	}
	for _, tc := range tests {
		keep, missing := unfinishedTail(tc.enc, tc.data)
		assert.Equal(t, []int{tc.keep, tc.missing}, []int{keep, missing}, "%v % x", tc.enc, tc.data)
	}
}

func TestStateHoldsAndReleases(t *testing.T) {
	var s state
	prefix, body := s.write(EncodingUTF8, []byte{0x61, 0xf0, 0x9f})
	assert.Empty(t, prefix)
	assert.Equal(t, []byte{0x61}, body)
	assert.Equal(t, 2, s.buffered)
	assert.Equal(t, 2, s.missing)

	prefix, body = s.write(EncodingUTF8, []byte{0x98})
	assert.Nil(t, prefix)
	assert.Nil(t, body)
	assert.Equal(t, 1, s.missing)

	prefix, body = s.write(EncodingUTF8, []byte{0x80, 0x62})
	assert.Equal(t, []byte{0xf0, 0x9f, 0x98, 0x80}, prefix)
	assert.Equal(t, []byte{0x62}, body)
	assert.Zero(t, s.buffered)

	s.write(EncodingUTF16LE, []byte{0x3d, 0xd8, 0x00})
	assert.Empty(t, s.flush(EncodingUTF16LE), "an odd byte is dropped at the end")
	assert.Equal(t, [4]byte{0x00, 0x9f, 0x98, 0x80}, s.held, "held bytes are overwritten, never cleared")
}

func TestParseEncoding(t *testing.T) {
	for name, want := range map[string]Encoding{
		"": EncodingUTF8, "UTF-8": EncodingUTF8, "Ucs2": EncodingUTF16LE, "utf-16le": EncodingUTF16LE,
		"BINARY": EncodingLatin1, "ascii": EncodingASCII, "HEX": EncodingHex, "base64url": EncodingBase64URL,
	} {
		got, ok := ParseEncoding(name)
		assert.True(t, ok, name)
		assert.Equal(t, want, got, name)
	}
	for _, name := range []string{"utf16", "utf-16", "foo", "base-64"} {
		_, ok := ParseEncoding(name)
		assert.False(t, ok, name)
	}
	assert.Equal(t, "utf16le", EncodingUTF16LE.String())
	assert.Equal(t, "base64url", EncodingBase64URL.String())
}
