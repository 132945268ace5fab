package buffer

import (
	"encoding/base64"
	"encoding/hex"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/utf8lossy"
)

// decodeToValue returns the JavaScript string that buf.toString(enc) gives
// for b.
func decodeToValue(vm *goja.Runtime, b []byte, enc Encoding) goja.Value {
	switch enc {
	case UTF16LE:
		return goja.StringFromUTF16(utf16Units(b))
	case Latin1:
		if isASCII(b) {
			return vm.ToValue(string(b))
		}
		units := make([]uint16, len(b))
		for i, c := range b {
			units[i] = uint16(c)
		}
		return goja.StringFromUTF16(units)
	}
	return vm.ToValue(decodeToString(b, enc))
}

// decodeToString returns b as Go text in encoding enc. It equals
// decodeToValue except that lone surrogates in utf16le become U+FFFD.
func decodeToString(b []byte, enc Encoding) string {
	switch enc {
	case UTF16LE:
		return string(utf16.Decode(utf16Units(b)))
	case Latin1:
		out := make([]byte, 0, len(b))
		for _, c := range b {
			out = utf8.AppendRune(out, rune(c))
		}
		return string(out)
	case ASCII:
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7F
		}
		return string(out)
	case Hex:
		return hex.EncodeToString(b)
	case Base64:
		return base64.StdEncoding.EncodeToString(b)
	case Base64URL:
		return base64.RawURLEncoding.EncodeToString(b)
	}
	// utf8lossy.String without its call for the common, valid case.
	if utf8.Valid(b) {
		return string(b)
	}
	return string(utf8lossy.Append(make([]byte, 0, len(b)+8), b))
}

// utf16Units reads b as little-endian UTF-16 code units; an odd last byte
// is ignored.
func utf16Units(b []byte) []uint16 {
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return units
}

// isASCII reports whether every byte of b is below 0x80.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
