package util

import (
	"regexp"
	"strconv"
	"unicode"
)

// vtControl matches ANSI/VT escape sequences (what Node's
// stripVTControlCharacters removes).
var vtControl = regexp.MustCompile("[\u001B\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))")

// stripVT removes ANSI escape sequences from s.
func stripVT(s string) string {
	return vtControl.ReplaceAllString(s, "")
}

// jsLen is the length of s in UTF-16 code units (JavaScript's .length).
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			n++
			continue
		}
		for _, r := range s[i:] {
			if r > 0xFFFF {
				n += 2
			} else {
				n++
			}
		}
		return n
	}
	return n
}

// StringWidth is Node's getStringWidth: the number of terminal columns s
// takes once escape sequences are removed, counting wide East Asian
// characters twice and combining marks and controls not at all.
func StringWidth(s string) int {
	s = stripVT(s)
	w := 0
	for _, r := range s {
		switch {
		case isZeroWidth(r):
		case isFullWidth(r):
			w += 2
		default:
			w++
		}
	}
	return w
}

// isZeroWidth reports code points that take no column.
func isZeroWidth(r rune) bool {
	return r <= 0x1F || (r >= 0x7F && r <= 0x9F) || unicode.Is(unicode.Mn, r) ||
		(r >= 0x200B && r <= 0x200F) || (r >= 0x20D0 && r <= 0x20FF) ||
		(r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xFE20 && r <= 0xFE2F) ||
		(r >= 0xE0100 && r <= 0xE01EF)
}

// fullWidthRanges are the East Asian Wide and Fullwidth blocks (and the
// emoji blocks terminals draw two columns wide).
var fullWidthRanges = [][2]rune{
	{0x1100, 0x115F}, {0x2329, 0x232A}, {0x2E80, 0x303E}, {0x3040, 0x3247},
	{0x3250, 0x4DBF}, {0x4E00, 0xA4C6}, {0xA960, 0xA97C}, {0xAC00, 0xD7A3},
	{0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6B}, {0xFF01, 0xFF60},
	{0xFFE0, 0xFFE6}, {0x1B000, 0x1B001}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F},
	{0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD},
}

// isFullWidth reports code points that take two columns.
func isFullWidth(r rune) bool {
	if r < 0x1100 {
		return false
	}
	for _, rg := range fullWidthRanges {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

// itoa is strconv.Itoa, short for the many index keys inspect builds.
func itoa(i int) string {
	return strconv.Itoa(i)
}
