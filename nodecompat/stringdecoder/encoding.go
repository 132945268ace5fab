package stringdecoder

import (
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/utf8lossy"
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

// encodingNames maps every lower-cased alias Node accepts to its encoding.
var encodingNames = map[string]Encoding{
	"utf8": EncodingUTF8, "utf-8": EncodingUTF8,
	"utf16le": EncodingUTF16LE, "utf-16le": EncodingUTF16LE, "ucs2": EncodingUTF16LE, "ucs-2": EncodingUTF16LE,
	"latin1": EncodingLatin1, "binary": EncodingLatin1,
	"ascii":  EncodingASCII,
	"hex":    EncodingHex,
	"base64": EncodingBase64, "base64url": EncodingBase64URL,
}

// ParseEncoding returns the encoding a Node encoding name denotes, ignoring
// case; the empty name means UTF-8.
func ParseEncoding(name string) (Encoding, bool) {
	if name == "" {
		return EncodingUTF8, true
	}
	e, ok := encodingNames[strings.ToLower(name)]
	return e, ok
}

// String returns Node's canonical name of e, e.g. "utf16le" for UCS-2.
func (e Encoding) String() string {
	return [...]string{"utf8", "utf16le", "latin1", "ascii", "hex", "base64", "base64url"}[e]
}

// text decodes b as a Go string. It must not be used for UTF-16LE, whose
// lone surrogates a Go string cannot hold.
func (e Encoding) text(b []byte) string {
	switch e {
	case EncodingUTF8:
		return utf8lossy.String(b)
	case EncodingLatin1:
		runes := make([]rune, len(b))
		for i, c := range b {
			runes[i] = rune(c)
		}
		return string(runes)
	case EncodingASCII:
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7f
		}
		return string(out)
	case EncodingHex:
		return hex.EncodeToString(b)
	case EncodingBase64:
		return base64.StdEncoding.EncodeToString(b)
	case EncodingBase64URL:
		return base64.RawURLEncoding.EncodeToString(b)
	}
	panic("stringdecoder: text called for " + e.String())
}

// jsString decodes b into a JavaScript string.
func (e Encoding) jsString(vm *goja.Runtime, b []byte) goja.Value {
	if e != EncodingUTF16LE {
		return vm.ToValue(e.text(b))
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return goja.StringFromUTF16(units)
}
