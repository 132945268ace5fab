package buffer

import "unicode/utf8"

// replacementChar is U+FFFD in UTF-8.
const replacementChar = "\uFFFD"

// appendUTF8Lossy appends b to dst as valid UTF-8, replacing each maximal
// ill-formed subsequence with U+FFFD as the WHATWG Encoding Standard's UTF-8
// decoder (and so V8 and Node) does.
func appendUTF8Lossy(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		need, lo, hi := utf8LeadInfo(c)
		if need == 0 {
			dst = append(dst, replacementChar...)
			i++
			continue
		}
		j := i + 1
		for ; j <= i+need; j++ {
			if j == len(b) || b[j] < lo || b[j] > hi {
				break
			}
			lo, hi = 0x80, 0xBF
		}
		if j == i+need+1 {
			dst = append(dst, b[i:j]...)
		} else {
			// The bytes up to j are a truncated sequence; b[j] starts over.
			dst = append(dst, replacementChar...)
		}
		i = j
	}
	return dst
}

// utf8LeadInfo returns how many continuation bytes follow lead byte c and
// the allowed range of the first of them; need is 0 for a byte that cannot
// start a sequence.
func utf8LeadInfo(c byte) (need int, lo, hi byte) {
	switch {
	case c >= 0xC2 && c <= 0xDF:
		return 1, 0x80, 0xBF
	case c == 0xE0:
		return 2, 0xA0, 0xBF
	case c == 0xED:
		return 2, 0x80, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		return 2, 0x80, 0xBF
	case c == 0xF0:
		return 3, 0x90, 0xBF
	case c == 0xF4:
		return 3, 0x80, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		return 3, 0x80, 0xBF
	}
	return 0, 0, 0
}

// utf8CutPoint returns the largest n <= limit such that s[:n] ends on a
// character boundary of the valid UTF-8 string s.
func utf8CutPoint(s string, limit int) int {
	if limit >= len(s) {
		return len(s)
	}
	n := limit
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
