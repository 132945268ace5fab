package util

import (
	"math"
	"strings"

	"github.com/dop251/goja"
)

// reduceToSingleString joins an object's entries: on one line when they fit
// (and the object holds at most `compact` inner levels), otherwise one entry
// (or one group of array entries) per line, as Node does.
func (c *inspectCtx) reduceToSingleString(output []string, base string, braces [2]string, extras extrasType, recurseTimes int, value *goja.Object) string {
	if c.opts.Compact != CompactTrue {
		if c.opts.Compact >= 1 {
			entries := len(output)
			if extras == extrasArray && entries > 6 {
				output = c.groupArrayElements(output, value)
			}
			if c.currentDepth-recurseTimes < c.opts.Compact && entries == len(output) {
				start := len(output) + c.indentationLvl + jsLen(braces[0]) + jsLen(base) + 10
				if c.isBelowBreakLength(output, start, base) {
					joined := strings.Join(output, ", ")
					if !strings.Contains(joined, "\n") {
						return withBase(base) + braces[0] + " " + joined + " " + braces[1]
					}
				}
			}
		}
		indentation := "\n" + strings.Repeat(" ", c.indentationLvl)
		return withBase(base) + braces[0] + indentation + "  " + strings.Join(output, ","+indentation+"  ") + indentation + braces[1]
	}
	if c.isBelowBreakLength(output, 0, base) {
		b := braces[0]
		if base != "" {
			b += " " + base
		}
		return b + " " + strings.Join(output, ", ") + " " + braces[1]
	}
	indentation := strings.Repeat(" ", c.indentationLvl)
	ln := " "
	if base != "" || jsLen(braces[0]) != 1 {
		ln = "\n" + indentation + "  "
		if base != "" {
			ln = " " + base + ln
		}
	}
	return braces[0] + ln + strings.Join(output, ",\n"+indentation+"  ") + " " + braces[1]
}

// withBase returns base followed by a space, or nothing for an empty base.
func withBase(base string) string {
	if base == "" {
		return ""
	}
	return base + " "
}

// isBelowBreakLength reports whether the entries, plus start characters of
// overhead and one separator per entry, fit in breakLength and base is a
// single line.
func (c *inspectCtx) isBelowBreakLength(output []string, start int, base string) bool {
	total := float64(len(output) + start)
	if total+float64(len(output)) > c.opts.BreakLength {
		return false
	}
	for _, s := range output {
		if c.opts.Colors {
			s = stripVT(s)
		}
		total += float64(jsLen(s))
		if total > c.opts.BreakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// groupArrayElements arranges many short array entries into aligned columns
// (numbers right-aligned), following Node's heuristic: roughly square
// blocks assuming characters 2.5 times as high as wide, at most 15 columns
// (4 × compact), never wider than breakLength.
func (c *inspectCtx) groupArrayElements(output []string, value *goja.Object) []string {
	const separatorSpace = 2
	totalLength, maxLength := 0, 0
	outputLength := len(output)
	if c.opts.MaxArrayLength < float64(len(output)) {
		// The "... more items" entry is not grouped.
		outputLength--
	}
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := StringWidth(output[i])
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if !(float64(actualMax*3+c.indentationLvl) < c.opts.BreakLength &&
		(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6)) {
		return output
	}
	const approxCharHeights = 2.5
	averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
	biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
	columns := math.Min(
		math.Min(
			math.Floor(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax+0.5),
			math.Floor((c.opts.BreakLength-float64(c.indentationLvl))/float64(actualMax)),
		),
		math.Min(float64(c.opts.Compact*4), 15),
	)
	if columns <= 1 {
		return output
	}
	cols := int(columns)
	maxLineLength := make([]int, 0, cols)
	for i := 0; i < cols; i++ {
		lineLength := 0
		for j := i; j < len(output); j += cols {
			if j < outputLength && dataLen[j] > lineLength {
				lineLength = dataLen[j]
			}
		}
		maxLineLength = append(maxLineLength, lineLength+separatorSpace)
	}
	padStart := c.allNumbers(value, len(output))
	var tmp []string
	for i := 0; i < outputLength; i += cols {
		maxIdx := min(i+cols, outputLength)
		var b strings.Builder
		j := i
		for ; j < maxIdx-1; j++ {
			padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j]
			b.WriteString(pad(output[j]+", ", padding, padStart))
		}
		if padStart {
			padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j] - separatorSpace
			b.WriteString(pad(output[j], padding, true))
		} else {
			b.WriteString(output[j])
		}
		tmp = append(tmp, b.String())
	}
	if outputLength < len(output) {
		tmp = append(tmp, output[outputLength])
	}
	return tmp
}

// allNumbers reports whether value[0..n) are all numbers or bigints, which
// makes grouped columns right-aligned.
func (c *inspectCtx) allNumbers(value *goja.Object, n int) bool {
	if value == nil {
		return true
	}
	for i := 0; i < n; i++ {
		v := value.Get(itoa(i))
		if v == nil || !(goja.IsNumber(v) || goja.IsBigInt(v)) {
			return false
		}
	}
	return true
}

// pad pads s with spaces to width (in UTF-16 units) on the left or right.
func pad(s string, width int, left bool) string {
	n := width - jsLen(s)
	if n <= 0 {
		return s
	}
	if left {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}
