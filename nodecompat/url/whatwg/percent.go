package whatwg

import (
	"strings"
	"unicode/utf8"
)

// EncodeSet is a WHATWG percent-encode set: the code points below 0x80
// that must be escaped (every code point from 0x7F up always is).
type EncodeSet [128]bool

// with returns a copy of s that also holds chars.
func (s EncodeSet) with(chars string) EncodeSet {
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = true
	}
	return s
}

// has reports whether r must be escaped under s.
func (s *EncodeSet) has(r rune) bool {
	return r >= 0x7f || s[r]
}

// The percent-encode sets of the URL Standard.
var (
	C0ControlSet      = c0ControlSet()
	FragmentSet       = C0ControlSet.with(" \"<>`")
	QuerySet          = C0ControlSet.with(" \"#<>")
	SpecialQuerySet   = QuerySet.with("'")
	PathSet           = QuerySet.with("?`{}")
	UserinfoSet       = PathSet.with("/:;=@[\\]^|")
	ComponentSet      = UserinfoSet.with("$%&+,")
	FormURLEncodedSet = ComponentSet.with("!'()~")
)

func c0ControlSet() EncodeSet {
	var s EncodeSet
	for i := 0; i < 0x20; i++ {
		s[i] = true
	}
	return s
}

const upperHex = "0123456789ABCDEF"

// PercentEncode escapes the UTF-8 bytes of every code point of s that is in
// set.
func PercentEncode(s string, set *EncodeSet) string {
	i := 0
	for i < len(s) && !set.has(rune(s[i])) {
		i++
	}
	if i == len(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + 16)
	sb.WriteString(s[:i])
	for _, r := range s[i:] {
		appendEncoded(&sb, r, set)
	}
	return sb.String()
}

// appendEncoded writes r to sb, escaped if set holds it.
func appendEncoded(sb *strings.Builder, r rune, set *EncodeSet) {
	if !set.has(r) {
		sb.WriteRune(r)
		return
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		sb.WriteByte('%')
		sb.WriteByte(upperHex[b>>4])
		sb.WriteByte(upperHex[b&15])
	}
}

// PercentDecode turns every "%XX" with two hex digits into its byte and
// leaves everything else, including malformed escapes, as it is.
func PercentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
