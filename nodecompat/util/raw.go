package util

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// extrasType is Node's property type: keyed entries of an object, array
// elements (values only), or the keyed extras of an array-like object (which
// also make its entries eligible for grouping into columns).
type extrasType int

const (
	extrasObject extrasType = iota
	extrasArrayElement
	extrasArray
)

// kMaxBudget is the output size past which Node stops descending.
const kMaxBudget = 1 << 27

// layout is what formatRaw decides about an object before formatting its
// entries: the text before the braces, the braces, the keys to list and the
// function producing the type-specific entries.
type layout struct {
	base      string
	braces    [2]string
	keys      []propKey
	extras    extrasType
	formatter func(recurseTimes int) []string
}

// formatRaw is Node's formatRaw: it picks the layout for o's kind, then
// formats the entries and joins them.
func (c *inspectCtx) formatRaw(o *goja.Object, recurseTimes int, typedArray bool) string {
	k := c.s.kindOf(o)
	ctor := c.constructorName(o, k, recurseTimes)
	tag := c.toStringTag(o)
	l := layout{braces: [2]string{"{", "}"}}
	if short, done := c.chooseLayout(o, k, ctor, tag, recurseTimes, typedArray, &l); done {
		return short
	}
	if c.beyondDepth(recurseTimes) {
		name := getPrefix(ctor, tag, "Object", "")
		name = name[:len(name)-1]
		if ctor.ok {
			name = "[" + name + "]"
		}
		return c.stylize(name, "special")
	}
	recurseTimes++
	c.seen = append(c.seen, o)
	c.currentDepth = recurseTimes
	var output []string
	if l.formatter != nil {
		output = l.formatter(recurseTimes)
	}
	for _, key := range l.keys {
		output = append(output, c.formatProperty(o, recurseTimes, key, l.extras))
	}
	if idx, ok := c.circular[o]; ok {
		ref := c.stylize("<ref *"+strconv.Itoa(idx)+">", "special")
		if c.opts.Compact != CompactTrue {
			if l.base == "" {
				l.base = ref
			} else {
				l.base = ref + " " + l.base
			}
		} else {
			l.braces[0] = ref + " " + l.braces[0]
		}
	}
	c.seen = c.seen[:len(c.seen)-1]
	if c.opts.Sorted {
		c.sortOutput(output, l)
	}
	res := c.reduceToSingleString(output, l.base, l.braces, l.extras, recurseTimes, o)
	newLength := c.budget[c.indentationLvl] + len(res)
	c.budget[c.indentationLvl] = newLength
	if newLength > kMaxBudget {
		c.depth = -1
	}
	return res
}

// sortOutput sorts the entries (for arrays only the keyed extras) as the
// sorted option asks.
func (c *inspectCtx) sortOutput(output []string, l layout) {
	part := output
	if l.extras != extrasObject {
		if len(l.keys) < 2 {
			return
		}
		part = output[len(output)-len(l.keys):]
	}
	if c.opts.SortCompare == nil {
		sort.Strings(part)
		return
	}
	sort.SliceStable(part, func(i, j int) bool {
		r := c.call(c.opts.SortCompare, goja.Undefined(), c.vm.ToValue(part[i]), c.vm.ToValue(part[j]))
		return r.ToFloat() < 0
	})
}

// chooseLayout fills l for o, or returns the whole text when the object is
// printed without braces (empty collections, plain functions, dates...).
func (c *inspectCtx) chooseLayout(o *goja.Object, k jskind.Kind, ctor ctorName, tag string, recurseTimes int, typedArray bool, l *layout) (string, bool) {
	switch k {
	case jskind.Array:
		length := toLength(o.Get("length"))
		prefix := ""
		if !ctor.ok || ctor.name != "Array" || tag != "" {
			prefix = getPrefix(ctor, tag, "Array", "("+strconv.FormatInt(length, 10)+")")
		}
		l.keys = c.ownNonIndexKeys(o)
		l.braces = [2]string{prefix + "[", "]"}
		if length == 0 && len(l.keys) == 0 {
			return l.braces[0] + "]", true
		}
		l.extras = extrasArray
		l.formatter = func(rt int) []string { return c.formatArray(o, length, rt) }
		return "", false
	case jskind.Set, jskind.Map:
		name, sizeFn := "Set", c.s.in.setSize
		if k == jskind.Map {
			name, sizeFn = "Map", c.s.in.mapSize
		}
		size := c.call(sizeFn, o).ToInteger()
		prefix := getPrefix(ctor, tag, name, "("+strconv.FormatInt(size, 10)+")")
		l.keys = c.getKeys(o)
		if size == 0 && len(l.keys) == 0 {
			return prefix + "{}", true
		}
		l.braces = [2]string{prefix + "{", "}"}
		if k == jskind.Map {
			l.formatter = func(rt int) []string { return c.formatMap(o, size, rt) }
		} else {
			l.formatter = func(rt int) []string { return c.formatSet(o, size, rt) }
		}
		return "", false
	case jskind.TypedArray:
		if c.opts.CustomInspect && ctor.ok && ctor.name == "Buffer" {
			return c.formatBuffer(o), true
		}
		l.keys = c.ownNonIndexKeys(o)
		fallback := ""
		if !ctor.ok {
			fallback = c.call(c.s.in.typedArrayTag, o).String()
		}
		size := c.call(c.s.in.typedArrayLength, o).ToInteger()
		prefix := getPrefix(ctor, tag, fallback, "("+strconv.FormatInt(size, 10)+")")
		l.braces = [2]string{prefix + "[", "]"}
		if size == 0 && len(l.keys) == 0 && !c.opts.ShowHidden {
			return l.braces[0] + "]", true
		}
		l.extras = extrasArray
		l.formatter = func(rt int) []string { return c.formatTypedArray(o, size, rt) }
		return "", false
	}
	l.keys = c.getKeys(o)
	return c.chooseKeyedLayout(o, k, ctor, tag, recurseTimes, typedArray, l)
}

// chooseKeyedLayout handles the objects shown as "{ key: value }" with an
// optional base text, mirroring the noIterator branch of Node's formatRaw.
func (c *inspectCtx) chooseKeyedLayout(o *goja.Object, k jskind.Kind, ctor ctorName, tag string, recurseTimes int, typedArray bool, l *layout) (string, bool) {
	empty := len(l.keys) == 0
	switch {
	case k == jskind.Function:
		l.base = c.functionBase(o, ctor, tag)
		if empty {
			return c.stylize(l.base, "special"), true
		}
	case ctor.ok && ctor.name == "Object":
		if k == jskind.Arguments {
			l.braces[0] = "[Arguments] {"
		} else if tag != "" {
			l.braces[0] = getPrefix(ctor, tag, "Object", "") + "{"
		}
		if empty {
			return l.braces[0] + "}", true
		}
	case k == jskind.RegExp:
		l.base = c.call(c.s.in.regExpToString, o).String()
		if prefix := getPrefix(ctor, tag, "RegExp", ""); prefix != "RegExp " {
			l.base = prefix + l.base
		}
		if empty || c.beyondDepth(recurseTimes) {
			return c.stylize(l.base, "regexp"), true
		}
	case k == jskind.Date:
		t := c.call(c.s.in.dateGetTime, o).ToFloat()
		if t != t {
			l.base = c.call(c.s.in.dateToString, o).String()
		} else {
			l.base = c.call(c.s.in.dateToISOString, o).String()
		}
		if prefix := getPrefix(ctor, tag, "Date", ""); prefix != "Date " {
			l.base = prefix + l.base
		}
		if empty {
			return c.stylize(l.base, "date"), true
		}
	case k == jskind.Error:
		l.base = c.formatError(o, ctor, tag, &l.keys)
		if len(l.keys) == 0 {
			return l.base, true
		}
	case k == jskind.ArrayBuffer:
		prefix := getPrefix(ctor, tag, "ArrayBuffer", "")
		if !typedArray {
			l.formatter = func(int) []string { return c.formatArrayBuffer(o) }
		} else if empty {
			n := c.call(c.s.in.arrayBufferByteLength, o)
			return prefix + "{ byteLength: " + c.formatNumber(n.ToFloat()) + " }", true
		}
		l.braces[0] = prefix + "{"
		l.keys = append([]propKey{{name: "byteLength"}}, l.keys...)
	case k == jskind.DataView:
		l.braces[0] = getPrefix(ctor, tag, "DataView", "") + "{"
		l.keys = append([]propKey{{name: "byteLength"}, {name: "byteOffset"}, {name: "buffer"}}, l.keys...)
	case k == jskind.Promise:
		l.braces[0] = getPrefix(ctor, tag, "Promise", "") + "{"
		l.formatter = func(rt int) []string { return c.formatPromise(o, rt) }
	case k == jskind.WeakSet || k == jskind.WeakMap:
		name := "WeakSet"
		if k == jskind.WeakMap {
			name = "WeakMap"
		}
		l.braces[0] = getPrefix(ctor, tag, name, "") + "{"
		l.formatter = func(int) []string {
			if c.opts.ShowHidden {
				// Node lists the entries here; goja cannot enumerate them.
				return []string{}
			}
			return []string{c.stylize("<items unknown>", "special")}
		}
	case k.IsBoxed():
		l.base = c.boxedBase(o, k, ctor, tag, &l.keys)
		if len(l.keys) == 0 {
			return l.base, true
		}
	default:
		if empty {
			return getPrefix(ctor, tag, "Object", "") + "{}", true
		}
		l.braces[0] = getPrefix(ctor, tag, "Object", "") + "{"
	}
	return "", false
}

// boxedBase formats a primitive wrapper ("[Number: 3]", "[String: 'ab']").
// A String object's index keys are dropped from keys.
func (c *inspectCtx) boxedBase(o *goja.Object, k jskind.Kind, ctor ctorName, tag string, keys *[]propKey) string {
	var fn goja.Callable
	var typ string
	switch k {
	case jskind.Number:
		fn, typ = c.s.in.numberValueOf, "Number"
	case jskind.String:
		fn, typ = c.s.in.stringValueOf, "String"
	case jskind.Boolean:
		fn, typ = c.s.in.booleanValueOf, "Boolean"
	case jskind.BigInt:
		fn, typ = c.s.in.bigIntValueOf, "BigInt"
	default:
		fn, typ = c.s.in.symbolValueOf, "Symbol"
	}
	prim := c.call(fn, o)
	if k == jskind.String {
		n := int(toLength(o.Get("length")))
		if n > len(*keys) {
			n = len(*keys)
		}
		*keys = (*keys)[n:]
	}
	var b strings.Builder
	b.WriteString("[" + typ)
	if !ctor.ok {
		b.WriteString(" (null prototype)")
	} else if ctor.name != typ {
		b.WriteString(" (" + ctor.name + ")")
	}
	plain := &inspectCtx{s: c.s, vm: c.vm, opts: c.opts, depth: c.depth, indentationLvl: c.indentationLvl}
	plain.opts.Colors = false
	b.WriteString(": " + plain.formatPrimitive(prim) + "]")
	if tag != "" && (!ctor.ok || tag != ctor.name) {
		b.WriteString(" [" + tag + "]")
	}
	base := b.String()
	if len(*keys) != 0 || !c.opts.Colors {
		return base
	}
	return c.stylize(base, strings.ToLower(typ))
}

// toLength converts a length property to an integer.
func toLength(v goja.Value) int64 {
	if v == nil {
		return 0
	}
	n := v.ToInteger()
	if n < 0 {
		return 0
	}
	return n
}
