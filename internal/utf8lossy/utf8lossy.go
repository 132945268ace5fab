// Package utf8lossy decodes bytes as UTF-8 the way the WHATWG Encoding
// Standard's UTF-8 decoder does (and so V8, Node and the URL parser): each
// maximal subpart of an ill-formed sequence becomes one U+FFFD, and the byte
// that broke a sequence is read again as the start of what follows.
package utf8lossy

import "unicode/utf8"

// replacement is U+FFFD in UTF-8.
const replacement = "\uFFFD"

// Append appends b to dst as valid UTF-8, replacing each maximal subpart of
// an ill-formed sequence with U+FFFD; it reads b once.
func Append(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		if c := b[i]; c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		j, whole := span(b, i)
		if whole {
			dst = append(dst, b[i:j]...)
		} else {
			dst = append(dst, replacement...)
		}
		i = j
	}
	return dst
}

// String returns b decoded as UTF-8 with each maximal subpart of an
// ill-formed sequence replaced by U+FFFD: the Encoding Standard's "UTF-8
// decode without BOM".
func String(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return string(Append(make([]byte, 0, len(b)+8), b))
}

// SubpartLen returns how many bytes at the start of b, which must not start
// with a valid character, make up one maximal subpart: the byte itself and
// the continuation bytes that were still acceptable after it.
func SubpartLen(b []byte) int {
	n, _ := span(b, 0)
	return n
}

// span returns where the bytes that the decoder takes together, starting
// at b[i] which is not ASCII, end, and whether they are a whole character
// rather than a maximal subpart to replace.
func span(b []byte, i int) (j int, whole bool) {
	l := leads[b[i]]
	lo, hi, end := l.lo, l.hi, i+int(l.need)
	for j = i + 1; j <= end && j < len(b) && b[j] >= lo && b[j] <= hi; j++ {
		lo, hi = 0x80, 0xBF
	}
	return j, l.need > 0 && j == end+1
}

// leadInfo is what a lead byte announces: how many continuation bytes
// follow it and the range the first of them must fall in. need is 0 for a
// byte no character starts with.
type leadInfo struct{ need, lo, hi byte }

// leads holds the leadInfo of every byte, from the Encoding Standard's
// UTF-8 decoder: ASCII and bytes no character starts with have need 0.
var leads = func() (t [256]leadInfo) {
	for c := 0xC2; c <= 0xF4; c++ {
		switch {
		case c <= 0xDF:
			t[c] = leadInfo{1, 0x80, 0xBF}
		case c <= 0xEF:
			t[c] = leadInfo{2, 0x80, 0xBF}
		default:
			t[c] = leadInfo{3, 0x80, 0xBF}
		}
	}
	t[0xE0].lo = 0xA0
	t[0xED].hi = 0x9F
	t[0xF0].lo = 0x90
	t[0xF4].hi = 0x8F
	return t
}()
