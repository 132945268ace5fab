package assert

import (
	"os"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// callSource returns the source text of the script call that invoked the
// running native (as `assert.ok(x === 1)`), with continuation lines
// re-indented as Node prints them, or false when the caller is not a
// script file that can be read (eval code, a native such as forEach).
func callSource(vm *goja.Runtime) (string, bool) {
	frames := vm.CaptureCallStack(3, nil)
	if len(frames) < 2 {
		return "", false
	}
	// frames[0] is the native assert function itself.
	caller := frames[1]
	pos := caller.Position()
	if pos.Line == 0 || caller.SrcName() == "<native>" {
		return "", false
	}
	src, err := os.ReadFile(pos.Filename)
	if err != nil {
		return "", false
	}
	lines := strings.SplitAfter(string(src), "\n")
	if pos.Line > len(lines) {
		return "", false
	}
	offset := 0
	for _, l := range lines[:pos.Line-1] {
		offset += len(l)
	}
	offset += columnOffset(lines[pos.Line-1], pos.Column)
	start, end, ok := callBounds(string(src), offset)
	if !ok {
		return "", false
	}
	code := string(src[start:end])
	if _, err := parser.ParseFile(nil, "", "("+code+")", 0); err != nil {
		return "", false
	}
	lineStart := strings.LastIndexByte(string(src[:start]), '\n') + 1
	return reindent(code, start-lineStart), true
}

// columnOffset turns goja's 1-based column (counted in UTF-16 units) into
// a byte offset within line.
func columnOffset(line string, column int) int {
	units := 0
	for i, r := range line {
		if units >= column-1 {
			return i
		}
		units++
		if r > 0xffff {
			units++
		}
	}
	return len(line)
}

// reindent strips from each continuation line up to column leading blanks
// and indents it by two spaces, as Node's message does.
func reindent(code string, column int) string {
	lines := strings.Split(code, "\n")
	for i := 1; i < len(lines); i++ {
		l := lines[i]
		n := 0
		for n < column && n < len(l) && (l[n] == ' ' || l[n] == '\t') {
			n++
		}
		lines[i] = "  " + l[n:]
	}
	return strings.Join(lines, "\n")
}

// callBounds finds the call whose argument list opens at src[open]: back
// over the callee (a dotted name, possibly with spaces around the dots),
// forward to the matching ')'.
func callBounds(src string, open int) (start, end int, ok bool) {
	if open >= len(src) || src[open] != '(' {
		return 0, 0, false
	}
	start = open
	for {
		// Blanks may stand before '(' or '.'; newlines only before a '.'.
		i, dot := start, src[start] == '.'
		for i > 0 && (src[i-1] == ' ' || src[i-1] == '\t' || dot && (src[i-1] == '\n' || src[i-1] == '\r')) {
			i--
		}
		j := i
		for j > 0 && isIdentByte(src[j-1]) {
			j--
		}
		if j == i {
			break
		}
		start = j
		k := j
		for k > 0 && (src[k-1] == ' ' || src[k-1] == '\t' || src[k-1] == '\n') {
			k--
		}
		if k == 0 || src[k-1] != '.' {
			break
		}
		start = k - 1
	}
	if start == open {
		return 0, 0, false
	}
	end, ok = matchParen(src, open)
	return start, end, ok
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// matchParen returns the index after the ')' that closes src[open],
// skipping strings, template literals, comments and regular expressions.
func matchParen(src string, open int) (int, bool) {
	depth := 0
	prev := byte('(') // last significant byte, to tell a regex from division
	for i := open; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			i = skipQuoted(src, i)
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			if e := strings.Index(src[i+2:], "*/"); e >= 0 {
				i += e + 3
			} else {
				return 0, false
			}
			continue
		case c == '/' && strings.IndexByte("(,=:[!&|?{};+-*%<>~^", prev) >= 0:
			i = skipRegExp(src, i)
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
			if depth == 0 {
				return i + 1, c == ')'
			}
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			prev = c
		}
	}
	return 0, false
}

// skipQuoted returns the index of the quote closing the string or
// template literal that starts at src[i].
func skipQuoted(src string, i int) int {
	q := src[i]
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case q:
			return i
		}
	}
	return i
}

// skipRegExp returns the index of the '/' closing the regular expression
// literal that starts at src[i].
func skipRegExp(src string, i int) int {
	inClass := false
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				return i
			}
		case '\n':
			return i
		}
	}
	return i
}
