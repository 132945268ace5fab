package stringdecoder

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

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
