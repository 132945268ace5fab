package stringdecoder

import (
	"math/rand"
	"strings"
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
		assert.Equal(t, tc.want, decodeUTF8(tc.in), "% x", tc.in)
	}
}

func TestUTF8KeepsSplitCharactersWhole(t *testing.T) {
	text := "aé€😀z — ünïcödé 𝄞 end"
	rng := rand.New(rand.NewSource(1))
	for range 500 {
		var d UTF8
		var out strings.Builder
		rest := []byte(text)
		for len(rest) > 0 {
			n := rng.Intn(min(len(rest), 5) + 1)
			out.WriteString(d.Write(rest[:n]))
			rest = rest[n:]
		}
		out.WriteString(d.End())
		assert.Equal(t, text, out.String())
	}
}

func TestUTF8StreamingMatchesNode(t *testing.T) {
	const r = "\ufffd"
	// Outputs of each Write, then of End, as Node's StringDecoder gives them.
	tests := []struct {
		chunks [][]byte
		want   []string
	}{
		{[][]byte{{0xe2, 0x82}, {0x41}}, []string{"", r + "A", ""}},
		{[][]byte{{0xe2}, {0x82}, {}}, []string{"", "", "", r}},
		{[][]byte{{0x41, 0xc3}, {0xc3, 0xa9}}, []string{"A", r + "é", ""}},
		{[][]byte{{0xe0}, {0x80, 0x80}}, []string{"", r + r + r, ""}},
		{[][]byte{{0xf5, 0x80}, {0x80, 0x80}}, []string{"", r + r + r + r, ""}},
		{[][]byte{{0xf0, 0x80, 0x80}}, []string{"", r + r + r}},
		{[][]byte{{0x80, 0xe2, 0x82}, {0xac}}, []string{r, "€", ""}},
	}
	for _, tc := range tests {
		var d UTF8
		var got []string
		for _, c := range tc.chunks {
			got = append(got, d.Write(c))
		}
		got = append(got, d.End())
		assert.Equal(t, tc.want, got, "%x", tc.chunks)
	}
}
