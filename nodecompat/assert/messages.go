package assert

import (
	"strings"
	"unicode/utf16"
)

// Headlines of generated messages, by operator, as Node words them.
var headlines = map[string]string{
	"deepStrictEqual":      "Expected values to be strictly deep-equal:",
	"strictEqual":          "Expected values to be strictly equal:",
	"strictEqualObject":    `Expected "actual" to be reference-equal to "expected":`,
	"deepEqual":            "Expected values to be loosely deep-equal:",
	"notDeepStrictEqual":   `Expected "actual" not to be strictly deep-equal to:`,
	"notStrictEqual":       `Expected "actual" to be strictly unequal to:`,
	"notStrictEqualObject": `Expected "actual" not to be reference-equal to "expected":`,
	"notDeepEqual":         `Expected "actual" not to be loosely deep-equal to:`,
	"notIdentical":         "Values have same structure but are not reference-equal:",
	"notDeepEqualUnequal":  "Expected values not to be loosely deep-equal:",
}

// jsLen is the length of s in UTF-16 code units, as JavaScript counts.
func jsLen(s string) int {
	return len(utf16.Encode([]rune(s)))
}

// truncate cuts s to limit-3 code points plus "..." when longer than
// limit, as the messages of the loose operators are cut.
func truncate(s string, limit int) string {
	if r := []rune(s); jsLen(s) > limit {
		return string(r[:limit-3]) + "..."
	}
	return s
}

// collapse keeps the first 46 of more than 50 lines, then "...".
func collapse(lines []string) []string {
	if len(lines) <= 50 {
		return lines
	}
	return append(lines[:46:46], "...")
}

// valueInfo is what the message builders need to know about a value
// besides its inspection.
type valueInfo struct {
	shown    string // util.inspect with assert's options
	isObject bool   // typeof "object" and not null
	isFunc   bool
	isZero   bool // the number 0 or -0
}

// unequalMessage builds the message of a failed strictEqual or
// deepStrictEqual: a short "a !== b" line or a line diff, under Node's
// headline or, when the caller gave one, under the caller's message.
func unequalMessage(actual, expected valueInfo, operator, custom string) string {
	if operator == "strictEqual" && (actual.isObject && expected.isObject || actual.isFunc && expected.isFunc) {
		operator = "strictEqualObject"
	}
	headline := headlines[operator]
	if custom != "" {
		headline = custom
	}
	a, e := strings.Split(actual.shown, "\n"), strings.Split(expected.shown, "\n")
	indicator := ""
	if len(a) == 1 && len(e) == 1 && a[0] != e[0] {
		total := jsLen(a[0]) + jsLen(e[0])
		switch {
		case total <= 12:
			if !actual.isObject && !expected.isObject && !(actual.isZero && expected.isZero) {
				return headline + "\n\n" + a[0] + " !== " + e[0] + "\n"
			}
		case operator != "strictEqualObject" && total < 80:
			if at := firstDifference(a[0], e[0]); at > 2 {
				indicator = "\n  " + strings.Repeat(" ", at) + "^"
			}
		}
	}
	d := &differ{actual: a, expected: e}
	return d.message(headline, actual.shown, indicator)
}

// firstDifference returns the index, in UTF-16 units, of the first unit
// where a and b differ.
func firstDifference(a, b string) int {
	ua, ub := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	i := 0
	for i < len(ua) && i < len(ub) && ua[i] == ub[i] {
		i++
	}
	return i
}

// notUnequalMessage builds the message of a failed notStrictEqual or
// notDeepStrictEqual, which shows the one value.
func notUnequalMessage(actual valueInfo, operator string) string {
	head := headlines[operator]
	if operator == "notStrictEqual" && (actual.isObject || actual.isFunc) {
		head = headlines["notStrictEqualObject"]
	}
	lines := collapse(strings.Split(actual.shown, "\n"))
	if len(lines) == 1 {
		if jsLen(lines[0]) > 5 {
			return head + "\n\n" + lines[0]
		}
		return head + " " + lines[0]
	}
	return head + "\n\n" + strings.Join(lines, "\n") + "\n"
}

// looseMessage builds the message of the other operators: "a == b",
// deepEqual's "should loosely deep-equal" form, and notDeepEqual's.
func looseMessage(actual, expected valueInfo, operator string) string {
	res, other := actual.shown, expected.shown
	if operator == "notDeepEqual" && res == other {
		return truncate(headlines[operator]+"\n\n"+res, 1024)
	}
	res, other = truncate(res, 512), truncate(other, 512)
	switch operator {
	case "deepEqual":
		return headlines[operator] + "\n\n" + res + "\n\nshould loosely deep-equal\n\n" + other
	case "notDeepEqual":
		return headlines["notDeepEqualUnequal"] + "\n\n" + res + "\n\nshould not loosely deep-equal\n\n" + other
	}
	return res + " " + operator + " " + other
}
