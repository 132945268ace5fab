package whatwg

import (
	"strings"

	"github.com/nodeshim/nodeshim/internal/utf8lossy"
)

// Pair is one name-value pair of application/x-www-form-urlencoded data.
type Pair struct {
	Name, Value string
}

// ParseForm parses application/x-www-form-urlencoded text: '&'-separated
// pairs split at the first '=', '+' meaning space, percent-escapes decoded
// as UTF-8.
func ParseForm(s string) []Pair {
	var pairs []Pair
	for _, seq := range strings.Split(s, "&") {
		if seq == "" {
			continue
		}
		name, value, _ := strings.Cut(seq, "=")
		pairs = append(pairs, Pair{formDecode(name), formDecode(value)})
	}
	return pairs
}

// formDecode turns '+' into space, decodes escapes and repairs UTF-8.
func formDecode(s string) string {
	return utf8lossy.String(PercentDecode(strings.ReplaceAll(s, "+", " ")))
}

// SerializeForm writes pairs as application/x-www-form-urlencoded text.
func SerializeForm(pairs []Pair) string {
	var sb strings.Builder
	for i, p := range pairs {
		if i > 0 {
			sb.WriteByte('&')
		}
		formEncode(&sb, p.Name)
		sb.WriteByte('=')
		formEncode(&sb, p.Value)
	}
	return sb.String()
}

// formEncode escapes s with the form set, writing space as '+'.
func formEncode(sb *strings.Builder, s string) {
	for _, r := range s {
		if r == ' ' {
			sb.WriteByte('+')
			continue
		}
		appendEncoded(sb, r, &FormURLEncodedSet)
	}
}
