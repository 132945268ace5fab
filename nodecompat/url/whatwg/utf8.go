package whatwg

import (
	"strings"
	"unicode/utf8"
)

// DecodeUTF8 is the Encoding Standard's "UTF-8 decode without BOM", as V8
// also decodes: each maximal invalid subsequence becomes one U+FFFD.
func DecodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for len(b) > 0 {
		n := validPrefix(b)
		if n == 0 {
			sb.WriteRune(utf8.RuneError)
			b = b[invalidLen(b):]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	return sb.String()
}

// validPrefix returns the length of the longest valid UTF-8 prefix of b.
func validPrefix(b []byte) int {
	n := 0
	for n < len(b) {
		r, size := utf8.DecodeRune(b[n:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		n += size
	}
	return n
}

// invalidLen returns how many bytes at the start of b, which does not start
// with a valid character, make up one maximal subpart: a lead byte and the
// continuation bytes that were still acceptable after it.
func invalidLen(b []byte) int {
	need, lo, hi := leadRange(b[0])
	n := 1
	for ; n <= need && n < len(b); n++ {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xbf
	}
	return n
}

// leadRange returns how many continuation bytes lead byte c announces and
// the range the first of them must fall in; 0 for a byte no valid
// character starts with.
func leadRange(c byte) (need int, lo, hi byte) {
	switch {
	case c >= 0xc2 && c <= 0xdf:
		return 1, 0x80, 0xbf
	case c == 0xe0:
		return 2, 0xa0, 0xbf
	case c == 0xed:
		return 2, 0x80, 0x9f
	case c >= 0xe1 && c <= 0xef:
		return 2, 0x80, 0xbf
	case c == 0xf0:
		return 3, 0x90, 0xbf
	case c >= 0xf1 && c <= 0xf3:
		return 3, 0x80, 0xbf
	case c == 0xf4:
		return 3, 0x80, 0x8f
	}
	return 0, 0, 0
}
