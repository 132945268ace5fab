package buffer

import "unicode/utf8"

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
