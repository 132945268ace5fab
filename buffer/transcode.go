package buffer

import (
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/internal/utf8lossy"
)

// invalidRune marks an undecodable sequence in transcode's intermediate
// text.
const invalidRune = -1

// ICU's error codes as Node reports them from transcode.
const (
	icuIllegalArgument = 1
	icuInvalidChar     = 10
)

// transcode implements buffer.transcode(source, fromEnc, toEnc) between
// utf8, utf16le, latin1 and ascii, reproducing what Node's ICU-based
// conversion does with characters the target cannot hold ('?') and with
// malformed input (U+FFFD, '?', or U_INVALID_CHAR_FOUND for utf8 and
// utf16le into each other).
func (m *module) transcode(call goja.FunctionCall) goja.Value {
	src := m.requireUint8Array(call.Argument(0), "source")
	if len(src) == 0 {
		return m.newBuffer(nil)
	}
	from, okFrom := ParseEncoding(call.Argument(1).String())
	to, okTo := ParseEncoding(call.Argument(2).String())
	if !okFrom || !okTo || !transcodable(from) || !transcodable(to) {
		m.throwTranscodeError("U_ILLEGAL_ARGUMENT_ERROR", icuIllegalArgument)
	}
	if from == Latin1 && to == Latin1 {
		return m.newBuffer(append([]byte(nil), src...))
	}
	var out []byte
	for _, r := range transcodeRunes(src, from, to) {
		if r == invalidRune {
			switch {
			case to == Latin1 || to == ASCII:
				r = '?'
			case from == UTF8 && to == UTF16LE || from == UTF16LE && to == UTF8:
				m.throwTranscodeError("U_INVALID_CHAR_FOUND", icuInvalidChar)
			default:
				r = utf8.RuneError
			}
		}
		switch to {
		case UTF8:
			out = utf8.AppendRune(out, r)
		case UTF16LE:
			if r > 0xFFFF {
				hi, lo := utf16.EncodeRune(r)
				out = append(out, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			} else {
				out = append(out, byte(r), byte(r>>8))
			}
		case Latin1, ASCII:
			if r > 0xFF || to == ASCII && r > 0x7F {
				r = '?'
			}
			out = append(out, byte(r))
		}
	}
	return m.newBuffer(out)
}

// transcodable reports whether transcode supports enc.
func transcodable(enc Encoding) bool {
	return enc == UTF8 || enc == UTF16LE || enc == Latin1 || enc == ASCII
}

// transcodeRunes decodes src in encoding from into code points, with
// invalidRune for malformed input. ASCII bytes above 0x7F are malformed,
// except toward utf16le where ICU reads them as latin1; an odd last byte of
// utf16le is malformed toward utf16le and ignored otherwise.
func transcodeRunes(src []byte, from, to Encoding) []rune {
	var rs []rune
	switch from {
	case UTF8:
		for len(src) > 0 {
			r, n := utf8.DecodeRune(src)
			if r == utf8.RuneError && n <= 1 {
				// Consume the maximal ill-formed subpart, as ICU does.
				n = utf8lossy.SubpartLen(src)
				r = invalidRune
			}
			rs = append(rs, r)
			src = src[n:]
		}
	case UTF16LE:
		units := utf16Units(src)
		for i := 0; i < len(units); i++ {
			r := rune(units[i])
			switch {
			case utf16.IsSurrogate(r) && i+1 < len(units) && utf16.DecodeRune(r, rune(units[i+1])) != utf8.RuneError:
				r = utf16.DecodeRune(r, rune(units[i+1]))
				i++
			case utf16.IsSurrogate(r):
				r = invalidRune
			}
			rs = append(rs, r)
		}
		if len(src)%2 == 1 && to == UTF16LE {
			rs = append(rs, invalidRune)
		}
	default:
		for _, c := range src {
			r := rune(c)
			if from == ASCII && c > 0x7F && to != UTF16LE {
				r = invalidRune
			}
			rs = append(rs, r)
		}
	}
	return rs
}

// throwTranscodeError throws transcode's Error with the ICU code and errno.
func (m *module) throwTranscodeError(code string, errno int) {
	err := nodeerr.Error(m.vm, code, "Unable to transcode Buffer ["+code+"]")
	_ = err.Set("errno", errno)
	panic(err)
}
