package util

import (
	"math"

	"github.com/dop251/goja"
)

// CompactTrue is the InspectOptions.Compact value that stands for Node's
// `compact: true` (the legacy layout); 0 stands for `compact: false`, and a
// positive number n puts up to n inner levels on one line, as in Node.
const CompactTrue = -1

// GettersMode says which accessor properties inspect evaluates.
type GettersMode int

// The values of GettersMode, matching Node's `getters` option
// (false, true, 'get', 'set').
const (
	GettersNone GettersMode = iota
	GettersAll
	GettersGetOnly
	GettersSetOnly
)

// InspectOptions are util.inspect's options. Limits that Node lets be
// Infinity or null (Depth, MaxArrayLength, MaxStringLength, BreakLength) are
// float64 and take math.Inf(1) for "no limit". Start from DefaultOptions to
// honour util.inspect.defaultOptions as scripts have changed it.
type InspectOptions struct {
	ShowHidden       bool
	Depth            float64
	Colors           bool
	CustomInspect    bool
	ShowProxy        bool
	MaxArrayLength   float64
	MaxStringLength  float64
	BreakLength      float64
	Compact          int
	Sorted           bool
	SortCompare      goja.Callable // comparator when `sorted` was a function
	Getters          GettersMode
	NumericSeparator bool

	// user is the options object the script passed, handed on to custom
	// inspect functions as Node does.
	user *goja.Object
}

// nodeDefaults are Node 20's built-in defaults.
var nodeDefaults = InspectOptions{
	Depth:           2,
	CustomInspect:   true,
	MaxArrayLength:  100,
	MaxStringLength: 10000,
	BreakLength:     80,
	Compact:         3,
}

// DefaultOptions returns the options util.inspect uses when given none: Node's
// defaults as modified through util.inspect.defaultOptions in vm.
func DefaultOptions(vm *goja.Runtime) InspectOptions {
	opts := nodeDefaults
	opts.Apply(stateOf(vm).defaultOptions)
	opts.user = nil
	return opts
}

// newDefaultOptionsObject builds the object util.inspect.defaultOptions returns.
func newDefaultOptionsObject(vm *goja.Runtime) *goja.Object {
	o := vm.NewObject()
	nodeDefaults.writeTo(o)
	return o
}

// writeTo sets every option on o as a JS property.
func (opts InspectOptions) writeTo(o *goja.Object) {
	_ = o.Set("showHidden", opts.ShowHidden)
	_ = o.Set("depth", opts.Depth)
	_ = o.Set("colors", opts.Colors)
	_ = o.Set("customInspect", opts.CustomInspect)
	_ = o.Set("showProxy", opts.ShowProxy)
	_ = o.Set("maxArrayLength", opts.MaxArrayLength)
	_ = o.Set("maxStringLength", opts.MaxStringLength)
	_ = o.Set("breakLength", opts.BreakLength)
	switch opts.Compact {
	case CompactTrue:
		_ = o.Set("compact", true)
	case 0:
		_ = o.Set("compact", false)
	default:
		_ = o.Set("compact", opts.Compact)
	}
	_ = o.Set("sorted", opts.Sorted)
	switch opts.Getters {
	case GettersAll:
		_ = o.Set("getters", true)
	case GettersGetOnly:
		_ = o.Set("getters", "get")
	case GettersSetOnly:
		_ = o.Set("getters", "set")
	default:
		_ = o.Set("getters", false)
	}
	_ = o.Set("numericSeparator", opts.NumericSeparator)
}

// Apply overrides the options named by o's own enumerable properties, as
// util.inspect does with its options argument, and remembers o to hand on to
// custom inspectors. A depth of undefined, as in Node, means no depth limit.
func (opts *InspectOptions) Apply(o *goja.Object) {
	if o == nil {
		return
	}
	opts.user = o
	for _, key := range o.Keys() {
		v := o.Get(key)
		if key == "depth" && !defined(v) {
			opts.Depth = math.Inf(1)
			continue
		}
		if !defined(v) {
			continue
		}
		opts.set(key, v)
	}
}

// set assigns the option named key from the JS value v.
func (opts *InspectOptions) set(key string, v goja.Value) {
	switch key {
	case "showHidden":
		opts.ShowHidden = v.ToBoolean()
	case "depth":
		opts.Depth = limitOf(v)
	case "colors":
		opts.Colors = v.ToBoolean()
	case "customInspect":
		opts.CustomInspect = v.ToBoolean()
	case "showProxy":
		opts.ShowProxy = v.ToBoolean()
	case "maxArrayLength":
		opts.MaxArrayLength = limitOf(v)
	case "maxStringLength":
		opts.MaxStringLength = limitOf(v)
	case "breakLength":
		opts.BreakLength = limitOf(v)
	case "compact":
		opts.Compact = compactOf(v)
	case "sorted":
		opts.SortCompare, _ = goja.AssertFunction(v)
		opts.Sorted = opts.SortCompare != nil || v.ToBoolean()
	case "getters":
		opts.Getters = gettersOf(v)
	case "numericSeparator":
		opts.NumericSeparator = v.ToBoolean()
	}
}

// limitOf reads a numeric limit where null means no limit.
func limitOf(v goja.Value) float64 {
	if goja.IsNull(v) {
		return math.Inf(1)
	}
	return v.ToFloat()
}

// compactOf maps Node's compact option onto InspectOptions.Compact.
func compactOf(v goja.Value) int {
	if b, ok := v.Export().(bool); ok {
		if b {
			return CompactTrue
		}
		return 0
	}
	f := v.ToFloat()
	if f >= 1 {
		return int(math.Min(f, 1<<20))
	}
	return 0
}

// gettersOf maps Node's getters option onto GettersMode.
func gettersOf(v goja.Value) GettersMode {
	if s, ok := v.Export().(string); ok {
		switch s {
		case "get":
			return GettersGetOnly
		case "set":
			return GettersSetOnly
		}
	}
	if v.ToBoolean() {
		return GettersAll
	}
	return GettersNone
}

// userOptions builds the options object Node passes to a custom inspect
// function: every option, the caller's own extra keys, and stylize.
func (c *inspectCtx) userOptions() *goja.Object {
	vm := c.s.vm
	o := vm.NewObject()
	_ = o.Set("stylize", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(c.stylize(call.Argument(0).String(), call.Argument(1).String()))
	})
	cur := c.opts
	cur.Depth = c.depth
	cur.writeTo(o)
	if c.opts.user != nil {
		for _, k := range c.opts.user.Keys() {
			_ = o.Set(k, c.opts.user.Get(k))
		}
	}
	return o
}

// OptionsFrom returns DefaultOptions(vm) overridden by the own enumerable
// properties of the JS options object o (nil for none), as util.inspect(v, o)
// reads its argument.
func OptionsFrom(vm *goja.Runtime, o *goja.Object) InspectOptions {
	opts := DefaultOptions(vm)
	opts.Apply(o)
	return opts
}
