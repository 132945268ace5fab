package console

import (
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/nodeshim/nodeshim/nodecompat/util"
)

// instance is the Go state of one console object.
type instance struct {
	vm             *goja.Runtime
	out, err       sink
	colorMode      string // "auto", "true" or "false"
	inspectOptions *goja.Object
	groupIndent    string
	groupWidth     int
	counts         map[string]int
	times          map[string]time.Time
}

// newInstance makes a console writing to out and err with Node's defaults.
func newInstance(vm *goja.Runtime, out, err sink) *instance {
	return &instance{
		vm: vm, out: out, err: err, colorMode: "auto", groupWidth: 2,
		counts: map[string]int{}, times: map[string]time.Time{},
	}
}

// method is one console method: its name, its length on console.Console
// instances (the global console's methods all have length 0, as in Node)
// and its implementation.
type method struct {
	name   string
	length int
	fn     func(c *instance, call goja.FunctionCall) goja.Value
}

// methods are the console methods, in the order Node defines them.
var methods = []method{
	{"log", 0, (*instance).log},
	{"warn", 0, (*instance).warn},
	{"dir", 2, (*instance).dir},
	{"time", 0, (*instance).time},
	{"timeEnd", 0, (*instance).timeEnd},
	{"timeLog", 0, (*instance).timeLog},
	{"trace", 0, (*instance).trace},
	{"assert", 1, (*instance).assert},
	{"clear", 0, (*instance).clear},
	{"count", 0, (*instance).count},
	{"countReset", 0, (*instance).countReset},
	{"group", 0, (*instance).group},
	{"groupEnd", 0, (*instance).groupEnd},
	{"table", 2, (*instance).table},
	{"debug", 0, (*instance).log},
	{"info", 0, (*instance).log},
	{"dirxml", 0, (*instance).log},
	{"error", 0, (*instance).warn},
	{"groupCollapsed", 0, (*instance).group},
}

// bindMethods stores c on obj and sets every method as an own property bound
// to c, so that detached calls (arr.forEach(console.log)) work as in Node;
// global selects the global console's method lengths.
func (c *instance) bindMethods(obj *goja.Object, global bool) {
	_ = obj.DefineDataPropertySymbol(instanceKey, c.vm.ToValue(c), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	for _, m := range methods {
		m := m
		length := m.length
		if global {
			length = 0
		}
		_ = obj.Set(m.name, newFunction(c.vm, m.name, length, func(call goja.FunctionCall) goja.Value {
			return m.fn(c, call)
		}))
	}
}

// optionsFor returns the inspect options for output to s: Node's defaults
// changed by preset (if any), then the console's inspectOptions, with colors
// as colorMode decides unless inspectOptions sets them.
func (c *instance) optionsFor(s sink, preset func(*util.InspectOptions)) util.InspectOptions {
	opts := util.DefaultOptions(c.vm)
	if preset != nil {
		preset(&opts)
	}
	if c.inspectOptions != nil {
		opts.Apply(c.inspectOptions)
		if v := c.inspectOptions.Get("colors"); v != nil && !goja.IsUndefined(v) {
			return opts
		}
	}
	switch c.colorMode {
	case "auto":
		opts.Colors = s.colors()
	default:
		opts.Colors = c.colorMode == "true"
	}
	return opts
}

// format is util.formatWithOptions for output to s.
func (c *instance) format(s sink, args []goja.Value) string {
	return util.FormatWithOptions(c.vm, c.optionsFor(s, nil), args)
}

// writeLine writes str to s, indented for the current group, plus a newline,
// in one write.
func (c *instance) writeLine(s sink, str string) {
	if c.groupIndent != "" {
		str = c.groupIndent + strings.ReplaceAll(str, "\n", "\n"+c.groupIndent)
	}
	s.write(str + "\n")
}

// print formats args for s and writes them as one line.
func (c *instance) print(s sink, args []goja.Value) {
	c.writeLine(s, c.format(s, args))
}

// emitWarning reports msg through process.emitWarning, or straight to the
// console's stderr when there is no process object.
func (c *instance) emitWarning(msg string) {
	if p, ok := c.vm.Get("process").(*goja.Object); ok {
		if emit, ok := goja.AssertFunction(p.Get("emitWarning")); ok {
			if _, err := emit(p, c.vm.ToValue(msg)); err != nil {
				panic(err)
			}
			return
		}
	}
	c.err.write("(node:" + strconv.Itoa(os.Getpid()) + ") Warning: " + msg + "\n")
}

// label is a console label argument: String(v), "default" for undefined.
func label(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "default"
	}
	return v.String()
}
