package buffer

import (
	"bytes"
	"testing"
)

// lossyInputs are text that toString('utf8') must repair: mostly valid
// text with a stray byte, and bytes that are mostly ill-formed.
var lossyInputs = []struct {
	name string
	data []byte
}{
	{"text", bytes.Repeat([]byte("h\xc3\xa9llo w\xc3\xb6rld \xf0\x9f\x98\x80 \xff ascii text "), 64<<10/32)},
	{"broken", bytes.Repeat([]byte("\xe2\x82A\xc0\x80\xed\xa0\x80\xf0\x90\x80\xf4\x90\x80\x80\x80"), 64<<10/16)},
}

// BenchmarkDecodeUTF8Lossy is buf.toString('utf8') of 64 KiB that is not
// valid UTF-8, without the JavaScript call around it.
func BenchmarkDecodeUTF8Lossy(b *testing.B) {
	for _, in := range lossyInputs {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				decodeToString(in.data, UTF8)
			}
		})
	}
}
