package stringdecoder

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
)

// Encoding is a character encoding a Decoder turns bytes into text with.
type Encoding int

// The encodings Node's StringDecoder accepts.
const (
	EncodingUTF8 Encoding = iota
	EncodingUTF16LE
	EncodingLatin1
	EncodingASCII
	EncodingHex
	EncodingBase64
	EncodingBase64URL
)

// bufferEncodings maps each Encoding to the buffer package's, whose names
// and decoding Node's StringDecoder shares with Buffer.
var bufferEncodings = [...]buffer.Encoding{
	EncodingUTF8: buffer.UTF8, EncodingUTF16LE: buffer.UTF16LE, EncodingLatin1: buffer.Latin1,
	EncodingASCII: buffer.ASCII, EncodingHex: buffer.Hex, EncodingBase64: buffer.Base64,
	EncodingBase64URL: buffer.Base64URL,
}

// ParseEncoding returns the encoding a Node encoding name denotes, ignoring
// case; the empty name means UTF-8.
func ParseEncoding(name string) (Encoding, bool) {
	if name == "" {
		return EncodingUTF8, true
	}
	if b, ok := buffer.ParseEncoding(name); ok {
		for e, be := range bufferEncodings {
			if be == b {
				return Encoding(e), true
			}
		}
	}
	return EncodingUTF8, false
}

// String returns Node's canonical name of e, e.g. "utf16le" for UCS-2.
func (e Encoding) String() string {
	return bufferEncodings[e].String()
}

// text decodes b as a Go string, as Buffer's toString does. It must not be
// used for UTF-16LE, whose lone surrogates a Go string cannot hold.
func (e Encoding) text(b []byte) string {
	if e == EncodingUTF16LE {
		panic("stringdecoder: text called for " + e.String())
	}
	return buffer.DecodeString(b, bufferEncodings[e])
}

// jsString decodes b into a JavaScript string, as Buffer's toString does.
func (e Encoding) jsString(vm *goja.Runtime, b []byte) goja.Value {
	return buffer.BytesToString(vm, b, bufferEncodings[e])
}
