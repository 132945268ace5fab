package buffer

import "strings"

// Encoding is one of the character encodings Node's Buffer understands.
type Encoding uint8

// The encodings Buffer supports. Aliases (utf-8, ucs2, ucs-2, utf-16le,
// binary) parse to the same values.
const (
	UTF8 Encoding = iota + 1
	UTF16LE
	Latin1
	ASCII
	Base64
	Base64URL
	Hex
)

// encodingNames holds every accepted spelling, lower-cased.
var encodingNames = map[string]Encoding{
	"utf8":      UTF8,
	"utf-8":     UTF8,
	"ucs2":      UTF16LE,
	"ucs-2":     UTF16LE,
	"utf16le":   UTF16LE,
	"utf-16le":  UTF16LE,
	"latin1":    Latin1,
	"binary":    Latin1,
	"ascii":     ASCII,
	"base64":    Base64,
	"base64url": Base64URL,
	"hex":       Hex,
}

// ParseEncoding returns the encoding that name denotes, ignoring case as
// Node does; ok is false for a name Node does not know.
func ParseEncoding(name string) (enc Encoding, ok bool) {
	if enc, ok = encodingNames[name]; ok {
		return enc, true
	}
	enc, ok = encodingNames[strings.ToLower(name)]
	return enc, ok
}

// IsEncoding reports whether name is an encoding Buffer supports, like
// Buffer.isEncoding.
func IsEncoding(name string) bool {
	_, ok := ParseEncoding(name)
	return ok
}

// String returns the encoding's canonical Node name.
func (e Encoding) String() string {
	switch e {
	case UTF8:
		return "utf8"
	case UTF16LE:
		return "utf16le"
	case Latin1:
		return "latin1"
	case ASCII:
		return "ascii"
	case Base64:
		return "base64"
	case Base64URL:
		return "base64url"
	case Hex:
		return "hex"
	}
	return "unknown"
}
