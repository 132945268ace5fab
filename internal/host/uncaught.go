package host

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// printAndExit is the default uncaught-exception handler: print as Node does
// and exit with code 1.
func (h *Host) printAndExit(err goja.Value) {
	fmt.Fprint(os.Stderr, FormatUncaught(h.vm, err, nil, ""))
	h.Exit(1)
}

// framePattern finds "file:line:column" in a stack line, in goja's
// "at f (file:1:2(3))" and V8's "at f (file:1:2)" shapes alike.
var framePattern = regexp.MustCompile(`at (?:.* \()?([^()\s]+):(\d+):(\d+)`)

// FormatUncaught renders an uncaught exception the way Node prints it to
// stderr: the script location and source line with a caret (or site, when
// the caller knows better where Node would point, as for assert's errors), a
// blank line, then the error's stack (or inspect(err) for non-errors, if
// inspect is given), then the version footer.
func FormatUncaught(vm *goja.Runtime, err goja.Value, inspect func(goja.Value) string, site string) string {
	var b strings.Builder
	body := describe(vm, err, inspect)
	if site != "" {
		b.WriteString(strings.TrimRight(site, "\n") + "\n\n")
	} else if file, line, col, ok := origin(vm, err); ok {
		b.WriteString(file + ":" + strconv.Itoa(line) + "\n")
		if src, ok := sourceLine(file, line); ok {
			b.WriteString(src + "\n")
			b.WriteString(strings.Repeat(" ", caretColumn(src, col)-1) + "^\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(body + "\n")
	b.WriteString("\nNode.js " + NodeVersion + "\n")
	return b.String()
}

// NodeVersion is the Node.js version nodeshim is compatible with.
const NodeVersion = "v20.20.2"

// describe is the main text of the report.
func describe(vm *goja.Runtime, err goja.Value, inspect func(goja.Value) string) string {
	if inspect != nil {
		return inspect(err)
	}
	if obj, ok := err.(*goja.Object); ok {
		if stack := obj.Get("stack"); stack != nil && !goja.IsUndefined(stack) {
			return stack.String()
		}
	}
	if err == nil {
		return "undefined"
	}
	return err.String()
}

// origin finds where an error was raised: the first frame of its stack.
func origin(vm *goja.Runtime, err goja.Value) (file string, line, col int, ok bool) {
	obj, isObj := err.(*goja.Object)
	if !isObj {
		return "", 0, 0, false
	}
	stack := obj.Get("stack")
	if stack == nil || goja.IsUndefined(stack) {
		return "", 0, 0, false
	}
	m := framePattern.FindStringSubmatch(stack.String())
	if m == nil {
		return "", 0, 0, false
	}
	line, _ = strconv.Atoi(m[2])
	col, _ = strconv.Atoi(m[3])
	return m[1], line, col, true
}

// sourceLine reads line n (1-based) of a script file.
func sourceLine(file string, n int) (string, bool) {
	data, err := os.ReadFile(file)
	if err != nil {
		return "", false
	}
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimRight(lines[n-1], "\r"), true
}

// caretColumn is where Node's caret goes: at the throw statement when the
// error was constructed in one ("throw new Error(...)"), else at col.
func caretColumn(src string, col int) int {
	if col < 1 || col > len(src)+1 {
		return 1
	}
	before := strings.TrimRight(src[:col-1], " ")
	if strings.HasSuffix(before, "throw") {
		return len(before) - len("throw") + 1
	}
	return col
}
