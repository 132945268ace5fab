package buffer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseEncoding(t *testing.T) {
	cases := []struct {
		name string
		want Encoding
		ok   bool
	}{
		{"utf8", UTF8, true}, {"UTF-8", UTF8, true}, {"ucs2", UTF16LE, true}, {"UCS-2", UTF16LE, true},
		{"utf16le", UTF16LE, true}, {"utf-16LE", UTF16LE, true}, {"latin1", Latin1, true}, {"Binary", Latin1, true},
		{"ascii", ASCII, true}, {"base64", Base64, true}, {"Base64URL", Base64URL, true}, {"HEX", Hex, true},
		{"utf16", 0, false}, {"latin-1", 0, false}, {"", 0, false}, {" utf8", 0, false}, {"base64 ", 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := ParseEncoding(c.name)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, got)
			assert.Equal(t, c.ok, IsEncoding(c.name))
		})
	}
}

func TestEncodingString(t *testing.T) {
	for _, enc := range []Encoding{UTF8, UTF16LE, Latin1, ASCII, Base64, Base64URL, Hex} {
		back, ok := ParseEncoding(enc.String())
		assert.True(t, ok, enc.String())
		assert.Equal(t, enc, back)
	}
	assert.Equal(t, "unknown", Encoding(0).String())
}
