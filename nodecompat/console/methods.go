package console

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/nodeshim/nodeshim/nodecompat/util"
)

// log is console.log (and info, debug, dirxml): formatted, to stdout.
func (c *instance) log(call goja.FunctionCall) goja.Value {
	c.print(c.out, call.Arguments)
	return goja.Undefined()
}

// warn is console.warn (and error): formatted, to stderr.
func (c *instance) warn(call goja.FunctionCall) goja.Value {
	c.print(c.err, call.Arguments)
	return goja.Undefined()
}

// dir is console.dir(obj, options): util.inspect without custom inspectors.
func (c *instance) dir(call goja.FunctionCall) goja.Value {
	opts := c.optionsFor(c.out, func(o *util.InspectOptions) { o.CustomInspect = false })
	if o, ok := call.Argument(1).(*goja.Object); ok {
		opts.Apply(o)
	}
	c.writeLine(c.out, util.Inspect(c.vm, call.Argument(0), opts))
	return goja.Undefined()
}

// trace is console.trace(...args): "Trace: message" and the stack, to stderr.
func (c *instance) trace(call goja.FunctionCall) goja.Value {
	head := "Trace"
	if msg := c.format(c.err, call.Arguments); msg != "" {
		head += ": " + msg
	}
	var b strings.Builder
	b.WriteString(head)
	frames := c.vm.CaptureCallStack(0, nil)
	if len(frames) > 0 && frames[0].SrcName() == "<native>" {
		frames = frames[1:] // console.trace itself
	}
	for _, f := range frames {
		if f.SrcName() == "<native>" && strings.Contains(f.FuncName(), "/") {
			continue // a Go closure, named by its Go package path
		}
		b.WriteString("\n    at ")
		loc := "native"
		if f.SrcName() != "<native>" {
			pos := f.Position()
			loc = pos.Filename + ":" + strconv.Itoa(pos.Line) + ":" + strconv.Itoa(pos.Column)
		}
		if name := f.FuncName(); name != "<anonymous>" && name != "<native>" {
			b.WriteString(name + " (" + loc + ")")
		} else {
			b.WriteString(loc)
		}
	}
	c.writeLine(c.err, b.String())
	return goja.Undefined()
}

// assert is console.assert(value, ...message): when value is falsy it warns
// "Assertion failed[: message]"; it never throws.
func (c *instance) assert(call goja.FunctionCall) goja.Value {
	if call.Argument(0).ToBoolean() {
		return goja.Undefined()
	}
	args := append([]goja.Value{}, call.Arguments...)
	if len(args) > 0 {
		args = args[1:]
	}
	if len(args) == 0 {
		args = []goja.Value{c.vm.ToValue("Assertion failed")}
	} else {
		args[0] = c.vm.ToValue("Assertion failed: " + args[0].String())
	}
	c.print(c.err, args)
	return goja.Undefined()
}

// clear is console.clear(): clears a terminal, does nothing otherwise.
func (c *instance) clear(goja.FunctionCall) goja.Value {
	if c.out.isTTY() {
		c.out.write("\x1b[1;1H\x1b[0J")
	}
	return goja.Undefined()
}

// count is console.count(label): "label: n".
func (c *instance) count(call goja.FunctionCall) goja.Value {
	l := label(call.Argument(0))
	c.counts[l]++
	c.writeLine(c.out, l+": "+strconv.Itoa(c.counts[l]))
	return goja.Undefined()
}

// countReset is console.countReset(label).
func (c *instance) countReset(call goja.FunctionCall) goja.Value {
	l := label(call.Argument(0))
	if _, ok := c.counts[l]; !ok {
		c.emitWarning("Count for '" + l + "' does not exist")
		return goja.Undefined()
	}
	delete(c.counts, l)
	return goja.Undefined()
}

// group is console.group(...label) (and groupCollapsed): logs the label,
// then indents what follows.
func (c *instance) group(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) > 0 {
		c.print(c.out, call.Arguments)
	}
	c.groupIndent += strings.Repeat(" ", c.groupWidth)
	return goja.Undefined()
}

// groupEnd is console.groupEnd().
func (c *instance) groupEnd(goja.FunctionCall) goja.Value {
	c.groupIndent = c.groupIndent[:max(0, len(c.groupIndent)-c.groupWidth)]
	return goja.Undefined()
}
