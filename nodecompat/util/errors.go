package util

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// gojaFramePC matches the program counter goja appends to a frame position.
var gojaFramePC = regexp.MustCompile(`(:\d+:\d+)\(\d+\)`)

// NodeStack rewrites a goja stack ("Error: m\n\tat f (file.js:1:2(3))\n")
// into Node's layout ("Error: m\n    at f (file.js:1:2)"). Stacks already in
// Node's layout are returned unchanged.
func NodeStack(stack string) string {
	if !strings.Contains(stack, "\n\tat ") {
		return stack
	}
	lines := strings.Split(strings.TrimRight(stack, "\n"), "\n")
	kept := lines[:0]
	for _, l := range lines {
		if strings.HasPrefix(l, "\tat ") {
			if isGoNativeFrame(l) {
				continue // nodeshim's own Go functions, which Node's stacks never show
			}
			l = "    at " + gojaFramePC.ReplaceAllString(l[4:], "$1")
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "\n")
}

// isGoNativeFrame reports whether a goja stack line is a Go function's frame
// ("\tat github.com/x/pkg.(*T).f (native)").
func isGoNativeFrame(line string) bool {
	return strings.HasSuffix(line, " (native)") && strings.Contains(line, "/")
}

// stackOf is Node's getStackString: the stack, or Error.prototype.toString.
func (c *inspectCtx) stackOf(err *goja.Object) string {
	if st := err.Get("stack"); st != nil && st.ToBoolean() {
		return NodeStack(st.String())
	}
	return c.call(c.s.in.errorToString, err).String()
}

// formatError renders an error as Node does: its stack (bracketed when it has
// no frames), the constructor name worked into the first line, and keys that
// merely repeat the stack dropped while cause and errors are added.
func (c *inspectCtx) formatError(err *goja.Object, ctor ctorName, tag string, keys *[]propKey) string {
	name := "Error"
	if n := err.Get("name"); defined(n) && !goja.IsNull(n) {
		name = n.String()
	}
	stack := c.stackOf(err)
	c.removeDuplicateErrorKeys(err, keys, stack)
	if c.hasProperty(err, "cause") && !hasKey(*keys, "cause") {
		*keys = append(*keys, propKey{name: "cause"})
	}
	if errs, ok := err.Get("errors").(*goja.Object); ok && errs.ClassName() == "Array" && !hasKey(*keys, "errors") {
		*keys = append(*keys, propKey{name: "errors"})
	}
	stack = improveStack(stack, ctor, name, tag)

	pos := -1
	if msg := err.Get("message"); defined(msg) && msg.ToBoolean() {
		m := msg.String()
		if i := strings.Index(stack, m); i > 0 {
			pos = i + len(m)
		}
	}
	from := pos
	if from < 0 {
		from = 0
	}
	if i := strings.Index(stack[from:], "\n    at"); i == -1 {
		stack = "[" + stack + "]"
	} else {
		start := from + i
		frames := c.stackFrames(err, stack[start+1:])
		stack = stack[:start] + "\n" + strings.Join(frames, "\n")
	}
	if c.indentationLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+strings.Repeat(" ", c.indentationLvl))
	}
	return stack
}

// hasProperty is the `in` operator for a string key.
func (c *inspectCtx) hasProperty(o *goja.Object, key string) bool {
	for p := o; p != nil; p = p.Prototype() {
		if c.call(c.s.in.hasOwnProperty, p, c.vm.ToValue(key)).ToBoolean() {
			return true
		}
	}
	return false
}

// hasKey reports whether keys holds the string key name.
func hasKey(keys []propKey, name string) bool {
	for _, k := range keys {
		if k.sym == nil && k.name == name {
			return true
		}
	}
	return false
}

// removeDuplicateErrorKeys drops name, message and stack from keys when the
// stack already shows their values.
func (c *inspectCtx) removeDuplicateErrorKeys(err *goja.Object, keys *[]propKey, stack string) {
	if c.opts.ShowHidden || len(*keys) == 0 {
		return
	}
	for _, name := range []string{"name", "message", "stack"} {
		for i, k := range *keys {
			if k.sym == nil && k.name == name {
				if strings.Contains(stack, err.Get(name).String()) {
					*keys = append((*keys)[:i:i], (*keys)[i+1:]...)
				}
				break
			}
		}
	}
}

// errorNameStart finds the error name at the start of a stack whose error
// has a null prototype.
var (
	errorNameStart = regexp.MustCompile(`^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)`)
	errorNameOnly  = regexp.MustCompile(`^([a-z_A-Z0-9-]*Error)$`)
)

// improveStack works the constructor name (or the null prototype) into the
// first line of a stack of an ordinary-looking error.
func improveStack(stack string, ctor ctorName, name, tag string) string {
	n := len(name)
	if ctor.ok && !(strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == n || stack[n] == ':' || stack[n] == '\n')) {
		return stack
	}
	fallback := "Error"
	if !ctor.ok {
		m := errorNameStart.FindStringSubmatch(stack)
		if m == nil {
			m = errorNameOnly.FindStringSubmatch(stack)
		}
		fallback = ""
		if m != nil {
			fallback = m[1]
		}
		n = len(fallback)
		if fallback == "" {
			fallback = "Error"
		}
	}
	prefix := getPrefix(ctor, tag, fallback, "")
	prefix = prefix[:len(prefix)-1]
	if name == prefix {
		return stack
	}
	if strings.Contains(prefix, name) {
		if n == 0 {
			return prefix + ": " + stack
		}
		return prefix + stack[n:]
	}
	return prefix + " [" + name + "]" + stack[n:]
}

// stackFrames splits the frame lines and, when the error has a cause whose
// stack ends the same way, replaces the shared frames with a note.
func (c *inspectCtx) stackFrames(err *goja.Object, framesPart string) []string {
	frames := strings.Split(framesPart, "\n")
	cause, ok := err.Get("cause").(*goja.Object)
	if !ok || c.s.kindOf(cause) != jskind.Error {
		return frames
	}
	causeStack := c.stackOf(cause)
	start := strings.Index(causeStack, "\n    at")
	if start == -1 {
		return frames
	}
	causeFrames := strings.Split(causeStack[start+1:], "\n")
	length, offset := identicalSequenceRange(frames, causeFrames)
	if length == 0 {
		return frames
	}
	skipped := length - 2
	msg := c.stylize("    ... "+strconv.Itoa(skipped)+" lines matching cause stack trace ...", "undefined")
	out := append([]string{}, frames[:offset+1]...)
	out = append(out, msg)
	return append(out, frames[offset+1+skipped:]...)
}

// identicalSequenceRange finds the first run of more than three lines of a
// that also appears in b with at least four lines of b left from its start.
func identicalSequenceRange(a, b []string) (length, offset int) {
	for i := 0; i < len(a)-3; i++ {
		pos := indexOf(b, a[i])
		if pos == -1 {
			continue
		}
		rest := len(b) - pos
		if rest <= 3 {
			continue
		}
		l := 1
		maxLen := min(len(a)-i, rest)
		for maxLen > l && a[i+l] == b[pos+l] {
			l++
		}
		if l > 3 {
			return l, i
		}
	}
	return 0, 0
}

// indexOf returns the index of s in list, or -1.
func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
