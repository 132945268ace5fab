package webapi

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrUnsupportedEncoding is returned by NewDecoder for a label it does not
// know.
var ErrUnsupportedEncoding = errors.New("webapi: encoding not supported")

// ErrInvalidData is returned by a fatal Decoder for malformed input.
var ErrInvalidData = errors.New("webapi: the encoded data was not valid")

// Decoder is the WHATWG TextDecoder algorithm in Go: it turns bytes into
// text in one call or in a stream of calls, keeping a multi-byte character
// split between chunks until its last byte arrives. Malformed input becomes
// U+FFFD, or ErrInvalidData when the decoder is fatal.
type Decoder struct {
	enc       string
	fatal     bool
	ignoreBOM bool
	bomSeen   bool
	codec     codec
	buf       []byte
}

// codec is one encoding's decoder state machine. It appends the UTF-8 of
// what it decodes to dst; with flush set, incomplete input at the end is an
// error. It reports whether it met malformed input (and, in fatal mode,
// stopped there).
type codec interface {
	decode(dst, src []byte, flush, fatal bool) (out []byte, malformed bool)
	reset()
}

// encodingLabels maps the WHATWG labels of the supported encodings to
// their names.
var encodingLabels = func() map[string]string {
	m := map[string]string{}
	add := func(name string, labels ...string) {
		for _, l := range labels {
			m[l] = name
		}
	}
	add("utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8")
	add("utf-16le", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le")
	add("utf-16be", "unicodefffe", "utf-16be")
	add("windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
		"iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
		"windows-1252", "x-cp1252")
	return m
}()

// EncodingName returns the name of the encoding a label stands for (e.g.
// "latin1" → "windows-1252"), or "" if it is not supported.
func EncodingName(label string) string {
	return encodingLabels[strings.ToLower(strings.Trim(label, "\t\n\f\r "))]
}

// NewDecoder returns a decoder for the encoding label (UTF-8, UTF-16LE,
// UTF-16BE or windows-1252, by any of their WHATWG labels). fatal makes
// malformed input an error; ignoreBOM keeps a leading byte order mark.
func NewDecoder(label string, fatal, ignoreBOM bool) (*Decoder, error) {
	d := &Decoder{enc: EncodingName(label), fatal: fatal, ignoreBOM: ignoreBOM}
	switch d.enc {
	case "utf-8":
		d.codec = &utf8Codec{}
	case "utf-16le":
		d.codec = &utf16Codec{}
	case "utf-16be":
		d.codec = &utf16Codec{bigEndian: true}
	case "windows-1252":
		d.codec = latin1Codec{}
	default:
		return nil, ErrUnsupportedEncoding
	}
	return d, nil
}

// Encoding returns the decoder's encoding name, e.g. "utf-8".
func (d *Decoder) Encoding() string { return d.enc }

// Fatal reports whether malformed input is an error.
func (d *Decoder) Fatal() bool { return d.fatal }

// IgnoreBOM reports whether a leading byte order mark is kept.
func (d *Decoder) IgnoreBOM() bool { return d.ignoreBOM }

// maxKeptBuffer bounds the scratch buffer a Decoder keeps between calls.
const maxKeptBuffer = 64 << 10

// Decode decodes b. With stream set, an incomplete character at the end is
// kept for the next call; without it the stream ends here and the decoder is
// ready for a new one. On ErrInvalidData the decoder is reset.
func (d *Decoder) Decode(b []byte, stream bool) (string, error) {
	var out []byte
	if u, ok := d.codec.(*utf8Codec); ok && !u.pending() && utf8.Valid(b) {
		out = b // already well-formed UTF-8
	} else {
		var malformed bool
		out, malformed = d.codec.decode(d.buf[:0], b, !stream, d.fatal)
		if cap(out) <= maxKeptBuffer {
			d.buf = out[:0]
		}
		if malformed && d.fatal {
			d.reset()
			return "", ErrInvalidData
		}
	}
	s := d.stripBOM(out)
	if !stream {
		d.reset()
	}
	return s, nil
}

// stripBOM drops a byte order mark at the start of the stream (for the
// Unicode encodings, unless ignoreBOM) and records that the stream has
// started once any text came out.
func (d *Decoder) stripBOM(out []byte) string {
	if d.bomSeen || len(out) == 0 || d.enc == "windows-1252" {
		return string(out)
	}
	d.bomSeen = true
	if !d.ignoreBOM && len(out) >= 3 && out[0] == 0xEF && out[1] == 0xBB && out[2] == 0xBF {
		out = out[3:]
	}
	return string(out)
}

// reset starts a new stream.
func (d *Decoder) reset() {
	d.bomSeen = false
	d.codec.reset()
}

// latin1Codec is Node 20's windows-1252 decoder, which maps every byte to
// the code point of the same value (ISO-8859-1), not to the WHATWG
// windows-1252 table.
type latin1Codec struct{}

func (latin1Codec) decode(dst, src []byte, _, _ bool) ([]byte, bool) {
	for _, c := range src {
		dst = utf8.AppendRune(dst, rune(c))
	}
	return dst, false
}

func (latin1Codec) reset() {}
