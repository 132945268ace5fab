package buffer

import (
	"unicode/utf16"

	"github.com/dop251/goja"
	gnbuffer "github.com/dop251/goja_nodejs/buffer"
)

// jsString gives the encoders access to a JavaScript string both as Go text
// and as UTF-16 code units, converting as little as it can.
type jsString struct {
	s     goja.String
	text  string // UTF-8 form; lone surrogates read as U+FFFD
	ascii bool   // text is s exactly, one byte per code unit
}

// newJSString converts v: a string as it is, an object through its
// toString, anything else through its usual text.
func newJSString(v goja.Value) jsString {
	s, ok := v.(goja.String)
	if !ok {
		if o, isObj := v.(*goja.Object); isObj {
			v = o.ToString()
		}
		if s, ok = v.(goja.String); !ok {
			s = goja.StringFromUTF16(utf16.Encode([]rune(v.String())))
		}
	}
	text := s.String()
	return jsString{s: s, text: text, ascii: len(text) == s.Length()}
}

// latin1 returns the low byte of every code unit, which is how Node reads
// a string for latin1, ascii, hex and base64 alike.
func (j jsString) latin1() string {
	if j.ascii {
		return j.text
	}
	b := make([]byte, j.s.Length())
	for i := range b {
		b[i] = byte(j.s.CharAt(i))
	}
	return string(b)
}

// appendEncoded appends the bytes of j in encoding enc to dst, as
// Buffer.from(string, enc) produces them.
func appendEncoded(dst []byte, j jsString, enc Encoding) []byte {
	switch enc {
	case UTF16LE:
		n := j.s.Length()
		for i := 0; i < n; i++ {
			c := j.s.CharAt(i)
			dst = append(dst, byte(c), byte(c>>8))
		}
		return dst
	case Latin1, ASCII:
		return append(dst, j.latin1()...)
	case Hex:
		return gnbuffer.StringCodecByName("hex").DecodeAppend(j.latin1(), dst)
	case Base64, Base64URL:
		return appendBase64(dst, j.latin1())
	}
	return append(dst, j.text...)
}

// encodedLen returns the exact number of bytes appendEncoded produces for
// utf8, utf16le, latin1 and ascii, and for hex and base64 the upper bound
// Node's Buffer.byteLength reports.
func encodedLen(j jsString, enc Encoding) int {
	switch enc {
	case UTF16LE:
		return 2 * j.s.Length()
	case Latin1, ASCII:
		return j.s.Length()
	case Hex:
		return j.s.Length() / 2
	case Base64, Base64URL:
		return base64DecodedLen(j.s)
	}
	return len(j.text)
}

// writeEncoded encodes j into dst as Buffer#write does, writing only whole
// characters in utf8 and utf16le, and returns the number of bytes written.
func writeEncoded(dst []byte, j jsString, enc Encoding) int {
	switch enc {
	case UTF8:
		return copy(dst, j.text[:utf8CutPoint(j.text, len(dst))])
	case UTF16LE:
		n := min(j.s.Length(), len(dst)/2)
		for i := 0; i < n; i++ {
			c := j.s.CharAt(i)
			dst[2*i], dst[2*i+1] = byte(c), byte(c>>8)
		}
		return 2 * n
	case Latin1, ASCII:
		if j.ascii {
			return copy(dst, j.text)
		}
		n := min(j.s.Length(), len(dst))
		for i := 0; i < n; i++ {
			dst[i] = byte(j.s.CharAt(i))
		}
		return n
	}
	return copy(dst, appendEncoded(nil, j, enc))
}

// toJSString is JavaScript's `${v}`: like newJSString, but a Symbol throws.
func (m *module) toJSString(v goja.Value) jsString {
	if _, isSymbol := v.(*goja.Symbol); isSymbol {
		panic(m.vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	return newJSString(v)
}
