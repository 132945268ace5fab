package util

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// kMinLineWidth is the shortest string Node considers splitting at newlines.
const kMinLineWidth = 16

// formatPrimitive is Node's formatPrimitive for every non-object value.
func (c *inspectCtx) formatPrimitive(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return c.stylize("undefined", "undefined")
	case goja.IsNull(v):
		return c.stylize("null", "null")
	case goja.IsString(v):
		return c.formatString(utf16Of(v))
	case goja.IsNumber(v):
		return c.stylize(c.formatNumber(v.ToFloat()), "number")
	case goja.IsBigInt(v):
		return c.stylize(c.formatBigInt(v.String()), "bigint")
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return c.stylize(symbolString(sym), "symbol")
	}
	if b, ok := v.Export().(bool); ok {
		return c.stylize(strconv.FormatBool(b), "boolean")
	}
	return v.String()
}

// formatString quotes a string, truncating it at maxStringLength and, unless
// compact is true, splitting a long one at its newlines into `'a\n' +` lines.
func (c *inspectCtx) formatString(units []uint16) string {
	trailer := ""
	if float64(len(units)) > c.opts.MaxStringLength {
		keep := int(math.Max(c.opts.MaxStringLength, 0))
		remaining := len(units) - keep
		units = units[:keep]
		trailer = "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
	}
	n := float64(len(units))
	if c.opts.Compact != CompactTrue && n > kMinLineWidth && n > c.opts.BreakLength-float64(c.indentationLvl)-4 {
		var parts []string
		start := 0
		for i, u := range units {
			if u == '\n' {
				parts = append(parts, c.stylize(quoteJS(units[start:i+1]), "string"))
				start = i + 1
			}
		}
		if start < len(units) {
			parts = append(parts, c.stylize(quoteJS(units[start:]), "string"))
		}
		return strings.Join(parts, " +\n"+strings.Repeat(" ", c.indentationLvl+2)) + trailer
	}
	return c.stylize(quoteJS(units), "string") + trailer
}

// plural returns "s" unless n is 1.
func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

// formatNumber renders a number as JavaScript does, keeping the sign of -0
// and adding numeric separators when asked.
func (c *inspectCtx) formatNumber(f float64) string {
	if !c.opts.NumericSeparator {
		if f == 0 && math.Signbit(f) {
			return "-0"
		}
		return jsNumber(f)
	}
	str := jsNumber(f)
	if math.Trunc(f) == f {
		if math.IsInf(f, 0) || strings.Contains(str, "e") {
			return str
		}
		return nodeerr.AddNumericalSeparator(str)
	}
	if math.IsNaN(f) {
		return str
	}
	// Like Node, split at the first '.' even when there is none (1e-7).
	point := strings.IndexByte(str, '.')
	intPart := str[:max(point, 0)]
	if point == -1 {
		intPart = str[:len(str)-1]
	}
	return nodeerr.AddNumericalSeparator(intPart) + "." + addNumericSeparatorEnd(str[point+1:])
}

// formatBigInt renders a bigint's decimal digits with the n suffix.
func (c *inspectCtx) formatBigInt(digits string) string {
	if c.opts.NumericSeparator {
		digits = nodeerr.AddNumericalSeparator(digits)
	}
	return digits + "n"
}

// jsNumber is JavaScript's Number.prototype.toString().
func jsNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	// Shortest round-tripping digits, laid out by ECMAScript's Number::toString.
	digits := strconv.FormatFloat(math.Abs(f), 'e', -1, 64)
	mant, expPart, _ := strings.Cut(digits, "e")
	mant = strings.Replace(mant, ".", "", 1)
	exp, _ := strconv.Atoi(expPart)
	k, n := len(mant), exp+1
	sign := ""
	if f < 0 {
		sign = "-"
	}
	switch {
	case k <= n && n <= 21:
		return sign + mant + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return sign + mant[:n] + "." + mant[n:]
	case -6 < n && n <= 0:
		return sign + "0." + strings.Repeat("0", -n) + mant
	}
	e := "e+"
	if n-1 < 0 {
		e = "e-"
	}
	expAbs := strconv.Itoa(int(math.Abs(float64(n - 1))))
	if k == 1 {
		return sign + mant + e + expAbs
	}
	return sign + mant[:1] + "." + mant[1:] + e + expAbs
}

// addNumericSeparatorEnd groups a fraction's digits by threes from the left.
func addNumericSeparatorEnd(s string) string {
	result := ""
	i := 0
	for ; i < len(s)-3; i += 3 {
		result += s[i:i+3] + "_"
	}
	if i == 0 {
		return s
	}
	return result + s[i:]
}

// utf16Of returns the UTF-16 code units of a JS string value, keeping lone
// surrogates that a Go string would lose.
func utf16Of(v goja.Value) []uint16 {
	if s, ok := v.(goja.String); ok {
		units := make([]uint16, s.Length())
		for i := range units {
			units[i] = s.CharAt(i)
		}
		return units
	}
	return utf16.Encode([]rune(v.String()))
}

// quoteJS quotes a string as Node's strEscape: single quotes unless the text
// contains one, then double quotes, then backticks; control characters,
// backslashes, the quote and lone surrogates escaped.
func quoteJS(units []uint16) string {
	quote := uint16('\'')
	if containsUnit(units, '\'') {
		if !containsUnit(units, '"') {
			quote = '"'
		} else if !containsUnit(units, '`') && !containsDollarBrace(units) {
			quote = '`'
		}
	}
	var b strings.Builder
	b.Grow(len(units) + 2)
	b.WriteByte(byte(quote))
	writeEscaped(&b, units, quote == '\'')
	b.WriteByte(byte(quote))
	return b.String()
}

// writeEscaped writes units to b with Node's escape sequences; the single
// quote is escaped only when escapeQuote is set.
func writeEscaped(b *strings.Builder, units []uint16, escapeQuote bool) {
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u == '\'' && escapeQuote:
			b.WriteString(`\'`)
		case u == '\\':
			b.WriteString(`\\`)
		case u < 0x20 || (u >= 0x7f && u <= 0x9f):
			b.WriteString(controlEscape(u))
		case u >= 0xd800 && u <= 0xdbff && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff:
			b.WriteRune(utf16.DecodeRune(rune(u), rune(units[i+1])))
			i++
		case u >= 0xd800 && u <= 0xdfff:
			b.WriteString(`\u` + strconv.FormatUint(uint64(u), 16))
		case u < 0x80:
			b.WriteByte(byte(u))
		default:
			b.WriteRune(rune(u))
		}
	}
}

// escapeKey escapes a non-enumerable key shown in brackets, without quotes.
func escapeKey(key string) string {
	var b strings.Builder
	writeEscaped(&b, utf16.Encode([]rune(key)), true)
	return b.String()
}

// controlEscape is the escape Node prints for a C0 or C1 control character.
func controlEscape(u uint16) string {
	switch u {
	case '\b':
		return `\b`
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	case '\f':
		return `\f`
	case '\r':
		return `\r`
	}
	const hex = "0123456789ABCDEF"
	return `\x` + string([]byte{hex[u>>4], hex[u&15]})
}

// containsUnit reports whether units contains u.
func containsUnit(units []uint16, u uint16) bool {
	for _, x := range units {
		if x == u {
			return true
		}
	}
	return false
}

// containsDollarBrace reports whether units contains "${".
func containsDollarBrace(units []uint16) bool {
	for i := 0; i+1 < len(units); i++ {
		if units[i] == '$' && units[i+1] == '{' {
			return true
		}
	}
	return false
}

// symbolString is String(sym): "Symbol(description)".
func symbolString(sym *goja.Symbol) string {
	return "Symbol(" + sym.String() + ")"
}
