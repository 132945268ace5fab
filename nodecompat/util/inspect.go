package util

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// Inspect formats v exactly as Node's util.inspect(v, opts) does. It may run
// script code (getters, custom inspectors, proxies' targets' accessors); a
// JS exception they throw panics as a *goja.Exception, which goja turns back
// into a JS throw when Inspect runs inside a native function. Callers outside
// JS should wrap it in vm.Try.
func Inspect(vm *goja.Runtime, v goja.Value, opts InspectOptions) string {
	c := newInspectCtx(stateOf(vm), opts)
	return c.formatValue(v, 0, false)
}

// inspectCtx is the state of one top-level inspect call (Node's ctx).
type inspectCtx struct {
	s              *state
	vm             *goja.Runtime
	opts           InspectOptions
	depth          float64 // Node's ctx.depth; lowered to -1 once the output budget is spent
	indentationLvl int
	currentDepth   int
	seen           []*goja.Object
	circular       map[*goja.Object]int
	budget         map[int]int
}

// newInspectCtx starts an inspection with the given options.
func newInspectCtx(s *state, opts InspectOptions) *inspectCtx {
	if math.IsNaN(opts.Depth) {
		opts.Depth = 0
	}
	return &inspectCtx{s: s, vm: s.vm, opts: opts, depth: opts.Depth, budget: map[int]int{}}
}

// call invokes a JS function and rethrows its exception into the caller.
func (c *inspectCtx) call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// beyondDepth reports whether recurseTimes is deeper than the depth option.
func (c *inspectCtx) beyondDepth(recurseTimes int) bool {
	return float64(recurseTimes) > c.depth
}

// formatValue is Node's formatValue: primitives, proxies, custom inspectors
// and circular references, then formatRaw for everything else.
func (c *inspectCtx) formatValue(v goja.Value, recurseTimes int, typedArray bool) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return c.formatPrimitive(v)
	}
	context := o
	if jskind.IsProxy(o) {
		p := o.Export().(goja.Proxy)
		if p.Target() == nil {
			return c.stylize("<Revoked Proxy>", "special")
		}
		if c.opts.ShowProxy {
			return c.formatProxy(p, recurseTimes)
		}
		for jskind.IsProxy(o) {
			if o = o.Export().(goja.Proxy).Target(); o == nil {
				return c.stylize("<Revoked Proxy>", "special")
			}
		}
	}
	if c.opts.CustomInspect {
		if s, done := c.customInspect(o, context, recurseTimes); done {
			return s
		}
	}
	for _, seen := range c.seen {
		if seen == o {
			return c.stylize("[Circular *"+strconv.Itoa(c.circularIndex(o))+"]", "special")
		}
	}
	return c.formatRaw(o, recurseTimes, typedArray)
}

// circularIndex returns the reference number of o, assigning the next one.
func (c *inspectCtx) circularIndex(o *goja.Object) int {
	if c.circular == nil {
		c.circular = map[*goja.Object]int{}
	}
	idx, ok := c.circular[o]
	if !ok {
		idx = len(c.circular) + 1
		c.circular[o] = idx
	}
	return idx
}

// customInspect calls o[util.inspect.custom] when it is a function (other
// than util.inspect itself) and o is not a prototype object, as Node does.
func (c *inspectCtx) customInspect(o, context *goja.Object, recurseTimes int) (string, bool) {
	mv := o.GetSymbol(c.s.in.customInspect)
	fn, ok := goja.AssertFunction(mv)
	if !ok || (c.s.inspectFn != nil && mv == goja.Value(c.s.inspectFn)) || c.isOwnConstructorPrototype(o) {
		return "", false
	}
	depth := goja.Value(c.vm.ToValue(c.depth - float64(recurseTimes)))
	if c.opts.user != nil && goja.IsNull(c.opts.user.Get("depth")) {
		depth = goja.Null()
	}
	ret := c.call(fn, context, depth, c.userOptions(), c.s.inspectFunction())
	if rs, isObj := ret.(*goja.Object); isObj && rs == context {
		return "", false
	}
	if !goja.IsString(ret) {
		return c.formatValue(ret, recurseTimes, false), true
	}
	return strings.ReplaceAll(ret.String(), "\n", "\n"+strings.Repeat(" ", c.indentationLvl)), true
}

// isOwnConstructorPrototype reports value.constructor.prototype === value.
func (c *inspectCtx) isOwnConstructorPrototype(o *goja.Object) bool {
	ctor, ok := o.Get("constructor").(*goja.Object)
	if !ok {
		return false
	}
	p, ok := ctor.Get("prototype").(*goja.Object)
	return ok && p == o
}

// formatProxy shows a proxy's target and handler (showProxy).
func (c *inspectCtx) formatProxy(p goja.Proxy, recurseTimes int) string {
	if c.beyondDepth(recurseTimes) {
		return c.stylize("Proxy [Array]", "special")
	}
	recurseTimes++
	c.indentationLvl += 2
	var handler goja.Value = goja.Null()
	if h := p.Handler(); h != nil {
		handler = h
	}
	out := []string{c.formatValue(p.Target(), recurseTimes, false), c.formatValue(handler, recurseTimes, false)}
	c.indentationLvl -= 2
	return c.reduceToSingleString(out, "", [2]string{"Proxy [", "]"}, extrasArray, recurseTimes, nil)
}
