package util

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// propKey is an own property key: a string name or a symbol.
type propKey struct {
	name string
	sym  *goja.Symbol
}

// value returns the key as a JS value.
func (k propKey) value(vm *goja.Runtime) goja.Value {
	if k.sym != nil {
		return k.sym
	}
	return vm.ToValue(k.name)
}

// keyIdentifier matches keys Node prints without quotes.
var keyIdentifier = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z_0-9]*$`)

// getKeys lists o's own keys as Node's getKeys: enumerable names and symbols,
// or all of them with showHidden.
func (c *inspectCtx) getKeys(o *goja.Object) []propKey {
	var names []string
	if c.opts.ShowHidden {
		names = o.GetOwnPropertyNames()
	} else {
		names = o.Keys()
	}
	keys := make([]propKey, 0, len(names))
	for _, n := range names {
		keys = append(keys, propKey{name: n})
	}
	return append(keys, c.symbolKeys(o)...)
}

// ownNonIndexKeys lists o's own keys that are not array indices.
func (c *inspectCtx) ownNonIndexKeys(o *goja.Object) []propKey {
	var keys []propKey
	for _, k := range c.getKeys(o) {
		if k.sym != nil || !isArrayIndex(k.name) {
			keys = append(keys, k)
		}
	}
	return keys
}

// symbolKeys lists o's own symbol keys, only enumerable ones unless showHidden.
func (c *inspectCtx) symbolKeys(o *goja.Object) []propKey {
	var keys []propKey
	if !c.opts.ShowHidden {
		for _, s := range o.Symbols() {
			keys = append(keys, propKey{sym: s})
		}
		return keys
	}
	list, _ := c.call(c.s.in.getOwnPropertySymbols, goja.Undefined(), o).(*goja.Object)
	if list == nil {
		return keys
	}
	for i := int64(0); i < toLength(list.Get("length")); i++ {
		if s, ok := list.Get(strconv.FormatInt(i, 10)).(*goja.Symbol); ok {
			keys = append(keys, propKey{sym: s})
		}
	}
	return keys
}

// isArrayIndex reports whether s is a canonical array index.
func isArrayIndex(s string) bool {
	if s == "" || len(s) > 10 || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return err == nil && n < 1<<32-1
}

// descriptor is the part of a property descriptor inspect looks at.
type descriptor struct {
	value, get, set goja.Value
	enumerable      bool
}

// ownDescriptor returns o's own property descriptor for key, or ok == false.
func (c *inspectCtx) ownDescriptor(o *goja.Object, key goja.Value) (descriptor, bool) {
	d, isObj := c.call(c.s.in.getOwnPropertyDescriptor, goja.Undefined(), o, key).(*goja.Object)
	if !isObj {
		return descriptor{}, false
	}
	return descriptor{
		value:      d.Get("value"),
		get:        d.Get("get"),
		set:        d.Get("set"),
		enumerable: prop(d, "enumerable").ToBoolean(),
	}, true
}

// prop is o[key], undefined (never nil) when o has no such property.
func prop(o *goja.Object, key string) goja.Value {
	if v := o.Get(key); v != nil {
		return v
	}
	return goja.Undefined()
}

// defined reports whether v is neither missing nor undefined.
func defined(v goja.Value) bool {
	return v != nil && !goja.IsUndefined(v)
}

// formatProperty formats one entry of o: "key: value" for keyed entries, the
// value alone for array elements.
func (c *inspectCtx) formatProperty(o *goja.Object, recurseTimes int, key propKey, extras extrasType) string {
	kv := key.value(c.vm)
	desc, ok := c.ownDescriptor(o, kv)
	if !ok {
		var v goja.Value
		if key.sym != nil {
			v = o.GetSymbol(key.sym)
		} else {
			v = o.Get(key.name)
		}
		desc = descriptor{value: v, enumerable: true}
	}
	return c.formatDescriptor(o, recurseTimes, key, desc, extras)
}

// formatDescriptor formats a property from its descriptor.
func (c *inspectCtx) formatDescriptor(o *goja.Object, recurseTimes int, key propKey, desc descriptor, extras extrasType) string {
	var str string
	extra := " "
	switch {
	case defined(desc.value):
		diff := 2
		if c.opts.Compact == CompactTrue && extras == extrasObject {
			diff = 3
		}
		c.indentationLvl += diff
		str = c.formatValue(desc.value, recurseTimes, false)
		if diff == 3 && c.opts.BreakLength < float64(StringWidth(str)) {
			extra = "\n" + strings.Repeat(" ", c.indentationLvl)
		}
		c.indentationLvl -= diff
	case defined(desc.get):
		str = c.formatAccessor(o, recurseTimes, desc)
	case defined(desc.set):
		str = c.stylize("[Setter]", "special")
	default:
		str = c.stylize("undefined", "undefined")
	}
	if extras == extrasArrayElement {
		return str
	}
	return c.propertyName(key, desc) + ":" + extra + str
}

// formatAccessor shows a getter as [Getter], [Getter/Setter], or with the
// getters option its current value.
func (c *inspectCtx) formatAccessor(o *goja.Object, recurseTimes int, desc descriptor) string {
	hasSet := defined(desc.set)
	label := "Getter"
	if hasSet {
		label = "Getter/Setter"
	}
	evaluate := c.opts.Getters == GettersAll ||
		(c.opts.Getters == GettersGetOnly && !hasSet) ||
		(c.opts.Getters == GettersSetOnly && hasSet)
	if !evaluate {
		return c.stylize("["+label+"]", "special")
	}
	getter, _ := goja.AssertFunction(desc.get)
	var v goja.Value
	var err error
	if getter != nil {
		v, err = getter(o)
	}
	if err != nil {
		msg := ""
		if ex, ok := err.(*goja.Exception); ok {
			if eo, ok := ex.Value().(*goja.Object); ok {
				msg = prop(eo, "message").String()
			}
		}
		return c.stylize("["+label+":", "special") + " <Inspection threw (" + msg + ")>" + c.stylize("]", "special")
	}
	c.indentationLvl += 2
	defer func() { c.indentationLvl -= 2 }()
	switch {
	case v != nil && goja.IsNull(v):
		return c.stylize("["+label+":", "special") + " " + c.stylize("null", "null") + c.stylize("]", "special")
	case isObject(v):
		return c.stylize("["+label+"]", "special") + " " + c.formatValue(v, recurseTimes, false)
	}
	return c.stylize("["+label+":", "special") + " " + c.formatPrimitive(v) + c.stylize("]", "special")
}

// isObject reports whether v is an object (including functions).
func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}

// propertyName renders a key the way Node prints it before the colon.
func (c *inspectCtx) propertyName(key propKey, desc descriptor) string {
	switch {
	case key.sym != nil:
		return "[" + c.stylize(symbolString(key.sym), "symbol") + "]"
	case key.name == "__proto__":
		return "['__proto__']"
	case !desc.enumerable:
		return "[" + escapeKey(key.name) + "]"
	case keyIdentifier.MatchString(key.name):
		return c.stylize(key.name, "name")
	}
	return c.stylize(quoteJS(utf16Of(c.vm.ToValue(key.name))), "string")
}
