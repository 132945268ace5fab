package buffer

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAppendBase64(t *testing.T) {
	cases := []struct{ in, want string }{
		{"aGVsbG8=", "hello"},
		{"aGVsbG8", "hello"},
		{"aGVs bG8=", "hello"},
		{"aGV*sbG8", "hello"},
		{"aG=Vsb", "h"},
		{"=aGVsbG8", ""},
		{"_-_-", "\xff\xef\xfe"},
		{"a", ""},
		{"YQ===", "a"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, string(appendBase64(nil, c.in)), c.in)
	}
}

func TestUTF8CutPoint(t *testing.T) {
	s := "a\u20acb"
	for limit, want := range []int{0, 1, 1, 1, 4, 5, 5} {
		assert.Equal(t, want, utf8CutPoint(s, limit), "limit %d", limit)
	}
}

func TestStringToBytes(t *testing.T) {
	vm := goja.New()
	cases := []struct {
		src  goja.Value
		enc  Encoding
		want []byte
	}{
		{vm.ToValue("h\u00e9"), UTF8, []byte("h\u00e9")},
		{goja.StringFromUTF16([]uint16{0xd800, 'x'}), UTF8, []byte("\uFFFDx")},
		{goja.StringFromUTF16([]uint16{0xd800}), UTF16LE, []byte{0x00, 0xd8}},
		{vm.ToValue("\u20ac"), Latin1, []byte{0xac}},
		{vm.ToValue("\u20ac"), ASCII, []byte{0xac}},
		{vm.ToValue("0a0bz"), Hex, []byte{0x0a, 0x0b}},
		{vm.ToValue("\u0131\u0132"), Hex, []byte{0x12}},
		{vm.ToValue("YQ=="), Base64, []byte("a")},
		{vm.ToValue("-_8"), Base64URL, []byte{0xfb, 0xff}},
		{vm.ToValue(42), UTF8, []byte("42")},
		{goja.Undefined(), UTF8, []byte("undefined")},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, StringToBytes(c.src, c.enc), "%s %v", c.src, c.enc)
	}
}

func TestBytesToString(t *testing.T) {
	vm := goja.New()
	cases := []struct {
		in   []byte
		enc  Encoding
		want goja.Value
		text string
	}{
		{[]byte{0xe2, 0x82, 0xac}, UTF8, vm.ToValue("\u20ac"), "\u20ac"},
		{[]byte{0xff, 'a'}, UTF8, vm.ToValue("\uFFFDa"), "\uFFFDa"},
		{[]byte{0x00, 0xd8, 'a', 0}, UTF16LE, goja.StringFromUTF16([]uint16{0xd800, 'a'}), "\uFFFDa"},
		{[]byte{'a', 0, 'b'}, UTF16LE, vm.ToValue("a"), "a"},
		{[]byte{0xe9}, Latin1, vm.ToValue("\u00e9"), "\u00e9"},
		{[]byte{0xe9}, ASCII, vm.ToValue("i"), "i"},
		{[]byte{0xab, 0x01}, Hex, vm.ToValue("ab01"), "ab01"},
		{[]byte{0xfb, 0xff}, Base64, vm.ToValue("+/8="), "+/8="},
		{[]byte{0xfb, 0xff}, Base64URL, vm.ToValue("-_8"), "-_8"},
	}
	for _, c := range cases {
		got := BytesToString(vm, c.in, c.enc)
		assert.True(t, got.StrictEquals(c.want), "%v % x: got %q", c.enc, c.in, got.String())
		assert.Equal(t, c.text, DecodeString(c.in, c.enc))
	}
}

func TestByteLength(t *testing.T) {
	vm := goja.New()
	cases := []struct {
		s    string
		enc  Encoding
		want int
	}{
		{"h\u00e9", UTF8, 3}, {"h\u00e9", UTF16LE, 4}, {"h\u00e9", Latin1, 2}, {"abc", Hex, 1},
		{"aGVsbG8=", Base64, 5}, {"aGVsbG8==", Base64, 5}, {"\U0001F600", UTF8, 4}, {"\U0001F600", UTF16LE, 4},
	}
	for _, c := range cases {
		got := ByteLength(vm.ToValue(c.s), c.enc)
		assert.Equal(t, c.want, got, "%q %v", c.s, c.enc)
		if c.enc != Hex && c.enc != Base64 {
			require.Len(t, StringToBytes(vm.ToValue(c.s), c.enc), c.want)
		}
	}
}
