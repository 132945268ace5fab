package webapi

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecoderLabels(t *testing.T) {
	for label, want := range map[string]string{
		"utf8": "utf-8", " UTF-8\n": "utf-8", "unicode-1-1-utf-8": "utf-8",
		"utf-16": "utf-16le", "UTF-16LE": "utf-16le", "ucs-2": "utf-16le", "utf-16be": "utf-16be",
		"latin1": "windows-1252", "ascii": "windows-1252", "iso-8859-1": "windows-1252", "us-ascii": "windows-1252",
		"big5": "", "x-user-defined": "", "": "",
	} {
		assert.Equal(t, want, EncodingName(label), label)
	}
	_, err := NewDecoder("nope", false, false)
	assert.ErrorIs(t, err, ErrUnsupportedEncoding)
}

func TestDecoderOneShot(t *testing.T) {
	cases := []struct {
		name, enc string
		in        []byte
		ignoreBOM bool
		want      string
	}{
		{"ascii", "utf-8", []byte("hi"), false, "hi"},
		{"multi-byte", "utf-8", []byte("h€llo😀"), false, "h€llo😀"},
		{"bom stripped", "utf-8", []byte("\xef\xbb\xbfhi"), false, "hi"},
		{"bom kept", "utf-8", []byte("\xef\xbb\xbfh"), true, "\ufeffh"},
		{"invalid byte", "utf-8", []byte{0xff, 'A'}, false, "\ufffdA"},
		{"truncated at end is one U+FFFD", "utf-8", []byte{'A', 0xe2, 0x82}, false, "A\ufffd"},
		{"maximal subpart then reread", "utf-8", []byte{0xe2, 0x82, 'A'}, false, "\ufffdA"},
		{"surrogate encoded", "utf-8", []byte{0xed, 0xa0, 0x80}, false, "\ufffd\ufffd\ufffd"},
		{"overlong", "utf-8", []byte{0xc0, 0xaf}, false, "\ufffd\ufffd"},
		{"above U+10FFFF", "utf-8", []byte{0xf4, 0x90, 0x80, 0x80}, false, "\ufffd\ufffd\ufffd\ufffd"},
		{"utf-16le pair", "utf-16le", []byte{0x41, 0, 0x3d, 0xd8, 0, 0xde}, false, "A😀"},
		{"utf-16le bom", "utf-16le", []byte{0xff, 0xfe, 0x41, 0}, false, "A"},
		{"utf-16le lone trail", "utf-16le", []byte{0x00, 0xdc, 0x41, 0}, false, "\ufffdA"},
		{"utf-16le lead then non-trail", "utf-16le", []byte{0x3d, 0xd8, 0x41, 0}, false, "\ufffdA"},
		{"utf-16le odd byte", "utf-16le", []byte{0x41}, false, "\ufffd"},
		{"utf-16le lead surrogate and odd byte", "utf-16le", []byte{0x00, 0xd8, 0x41}, false, "\ufffd"},
		{"utf-16be", "utf-16be", []byte{0, 0x41, 0xd8, 0x3d, 0xde, 0}, false, "A😀"},
		{"utf-16be bom", "utf-16be", []byte{0xfe, 0xff, 0, 0x42}, false, "B"},
		{"windows-1252 is latin1 in Node 20", "latin1", []byte{0x80, 0x9f, 0xe9, 0x41}, false, "\u0080\u009féA"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := NewDecoder(c.enc, false, c.ignoreBOM)
			require.NoError(t, err)
			got, err := d.Decode(c.in, false)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestDecoderStreamingNeverSplitsACharacter(t *testing.T) {
	text := "a€b😀cé\ufeffz"
	for _, enc := range []string{"utf-8", "utf-16le", "utf-16be"} {
		in := encodeFor(enc, text)
		for cut1 := 0; cut1 <= len(in); cut1++ {
			for cut2 := cut1; cut2 <= len(in); cut2++ {
				d, err := NewDecoder(enc, true, false)
				require.NoError(t, err)
				var b strings.Builder
				for _, chunk := range [][]byte{in[:cut1], in[cut1:cut2], in[cut2:]} {
					s, err := d.Decode(chunk, true)
					require.NoError(t, err)
					b.WriteString(s)
				}
				s, err := d.Decode(nil, false)
				require.NoError(t, err)
				b.WriteString(s)
				require.Equal(t, text, b.String(), "%s cut at %d,%d", enc, cut1, cut2)
			}
		}
	}
}

// encodeFor encodes s (valid UTF-8) in enc, for the streaming test.
func encodeFor(enc, s string) []byte {
	if enc == "utf-8" {
		return []byte(s)
	}
	var out []byte
	for _, r := range s {
		units := []rune{r}
		if r >= 0x10000 {
			r -= 0x10000
			units = []rune{0xd800 + r>>10, 0xdc00 + r&0x3ff}
		}
		for _, u := range units {
			if enc == "utf-16be" {
				out = append(out, byte(u>>8), byte(u))
			} else {
				out = append(out, byte(u), byte(u>>8))
			}
		}
	}
	return out
}

func TestDecoderBOMOnlyAtStreamStart(t *testing.T) {
	d, err := NewDecoder("utf-8", false, false)
	require.NoError(t, err)
	var got []string
	for _, step := range []struct {
		in     []byte
		stream bool
	}{{[]byte{0xef, 0xbb}, true}, {[]byte{0xbf, 'A'}, true}, {[]byte{0xef, 0xbb, 0xbf, 'B'}, false}, {[]byte{0xef, 0xbb, 0xbf, 'C'}, false}} {
		s, err := d.Decode(step.in, step.stream)
		require.NoError(t, err)
		got = append(got, s)
	}
	assert.Equal(t, []string{"", "A", "\ufeffB", "C"}, got)
}

func TestDecoderFatal(t *testing.T) {
	d, err := NewDecoder("utf-8", true, false)
	require.NoError(t, err)
	_, err = d.Decode([]byte{0xff}, false)
	assert.ErrorIs(t, err, ErrInvalidData)
	s, err := d.Decode([]byte{0xe2}, true)
	require.NoError(t, err, "an incomplete character is not an error while streaming")
	assert.Empty(t, s)
	_, err = d.Decode(nil, false)
	assert.ErrorIs(t, err, ErrInvalidData)
	s, err = d.Decode([]byte("ok"), false)
	require.NoError(t, err, "the decoder is reset after an error")
	assert.Equal(t, "ok", s)

	d16, err := NewDecoder("utf-16le", true, false)
	require.NoError(t, err)
	_, err = d16.Decode([]byte{0x00, 0xd8}, false)
	assert.ErrorIs(t, err, ErrInvalidData)
}
