package util

import (
	"encoding/hex"
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// remainingText is the "... n more items" entry.
func remainingText(n int64) string {
	return "... " + strconv.FormatInt(n, 10) + " more item" + plural(int(n))
}

// shownLength is how many of n entries maxArrayLength lets through.
func (c *inspectCtx) shownLength(n int64) int64 {
	return int64(math.Min(math.Max(0, c.opts.MaxArrayLength), float64(n)))
}

// formatArray formats an array's elements, switching to the hole-aware walk
// at the first missing index.
func (c *inspectCtx) formatArray(o *goja.Object, length int64, recurseTimes int) []string {
	n := c.shownLength(length)
	output := make([]string, 0, n+1)
	for i := int64(0); i < n; i++ {
		key := propKey{name: strconv.FormatInt(i, 10)}
		desc, ok := c.ownDescriptor(o, c.vm.ToValue(key.name))
		if !ok {
			return c.formatSparseArray(o, length, recurseTimes, n, output, i)
		}
		output = append(output, c.formatDescriptor(o, recurseTimes, key, desc, extrasArrayElement))
	}
	if length > n {
		output = append(output, remainingText(length-n))
	}
	return output
}

// formatSparseArray continues formatArray from the first hole at index i,
// collapsing runs of holes into "<n empty items>".
func (c *inspectCtx) formatSparseArray(o *goja.Object, length int64, recurseTimes int, maxLength int64, output []string, i int64) []string {
	keys := o.Keys()
	index := i
	for ; i < int64(len(keys)) && int64(len(output)) < maxLength; i++ {
		key := keys[i]
		if !isArrayIndex(key) {
			break
		}
		tmp, _ := strconv.ParseInt(key, 10, 64)
		if tmp != index {
			empty := tmp - index
			output = append(output, c.stylize("<"+strconv.FormatInt(empty, 10)+" empty item"+plural(int(empty))+">", "undefined"))
			index = tmp
			if int64(len(output)) == maxLength {
				break
			}
		}
		output = append(output, c.formatProperty(o, recurseTimes, propKey{name: key}, extrasArrayElement))
		index++
	}
	remaining := length - index
	if int64(len(output)) != maxLength {
		if remaining > 0 {
			output = append(output, c.stylize("<"+strconv.FormatInt(remaining, 10)+" empty item"+plural(int(remaining))+">", "undefined"))
		}
	} else if remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatTypedArray formats a typed array's elements (and with showHidden
// its hidden accessors).
func (c *inspectCtx) formatTypedArray(o *goja.Object, length int64, recurseTimes int) []string {
	n := c.shownLength(length)
	output := make([]string, 0, n+6)
	for i := int64(0); i < n; i++ {
		output = append(output, c.formatPrimitive(o.Get(strconv.FormatInt(i, 10))))
	}
	if length > n {
		output = append(output, remainingText(length-n))
	}
	if c.opts.ShowHidden {
		c.indentationLvl += 2
		for _, key := range []string{"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"} {
			output = append(output, "["+key+"]: "+c.formatValue(o.Get(key), recurseTimes, true))
		}
		c.indentationLvl -= 2
	}
	return output
}

// iterate calls step for each value the iterator returned by start(o)
// yields, until step returns false.
func (c *inspectCtx) iterate(o *goja.Object, start, next goja.Callable, step func(goja.Value) bool) {
	it := c.call(start, o)
	for {
		r, _ := c.call(next, it).(*goja.Object)
		if r == nil || prop(r, "done").ToBoolean() {
			return
		}
		if !step(r.Get("value")) {
			return
		}
	}
}

// formatSet formats a Set's values.
func (c *inspectCtx) formatSet(o *goja.Object, size int64, recurseTimes int) []string {
	n := c.shownLength(size)
	var output []string
	c.indentationLvl += 2
	c.iterate(o, c.s.in.setValues, c.s.in.setIteratorNext, func(v goja.Value) bool {
		if int64(len(output)) >= n {
			return false
		}
		output = append(output, c.formatValue(v, recurseTimes, false))
		return true
	})
	if size > n {
		output = append(output, remainingText(size-n))
	}
	c.indentationLvl -= 2
	return output
}

// formatMap formats a Map's entries as "key => value".
func (c *inspectCtx) formatMap(o *goja.Object, size int64, recurseTimes int) []string {
	n := c.shownLength(size)
	var output []string
	c.indentationLvl += 2
	c.iterate(o, c.s.in.mapEntries, c.s.in.iteratorNext, func(v goja.Value) bool {
		if int64(len(output)) >= n {
			return false
		}
		entry := v.(*goja.Object)
		k := c.formatValue(entry.Get("0"), recurseTimes, false)
		output = append(output, k+" => "+c.formatValue(entry.Get("1"), recurseTimes, false))
		return true
	})
	if size > n {
		output = append(output, remainingText(size-n))
	}
	c.indentationLvl -= 2
	return output
}

// hexBytes renders b as space-separated lowercase hex pairs.
func hexBytes(b []byte) string {
	h := hex.EncodeToString(b)
	var sb strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(h[i : i+2])
	}
	return sb.String()
}

// formatArrayBuffer shows an ArrayBuffer's bytes as [Uint8Contents].
func (c *inspectCtx) formatArrayBuffer(o *goja.Object) []string {
	ab := o.Export().(goja.ArrayBuffer)
	if ab.Detached() {
		return []string{c.stylize("(detached)", "special")}
	}
	b := ab.Bytes()
	n := c.shownLength(int64(len(b)))
	str := hexBytes(b[:n])
	if remaining := int64(len(b)) - n; remaining > 0 {
		str += " ... " + strconv.FormatInt(remaining, 10) + " more byte" + plural(int(remaining))
	}
	return []string{c.stylize("[Uint8Contents]", "special") + ": <" + str + ">"}
}

// inspectMaxBytes is Node's buffer.INSPECT_MAX_BYTES.
const inspectMaxBytes = 50

// formatBuffer renders a Buffer as Node's Buffer.prototype[util.inspect.custom]
// does: "<Buffer 68 69>", extra own properties after a comma.
func (c *inspectCtx) formatBuffer(o *goja.Object) string {
	var b []byte
	_ = c.vm.ExportTo(o, &b)
	shown := b
	if len(shown) > inspectMaxBytes {
		shown = shown[:inspectMaxBytes]
	}
	str := hexBytes(shown)
	if remaining := len(b) - inspectMaxBytes; remaining > 0 {
		str += " ... " + strconv.Itoa(remaining) + " more byte" + plural(remaining)
	}
	if keys := c.ownNonIndexKeys(o); len(keys) > 0 {
		extras := c.vm.CreateObject(nil)
		for _, k := range keys {
			if k.sym != nil {
				_ = extras.SetSymbol(k.sym, o.GetSymbol(k.sym))
			} else {
				_ = extras.Set(k.name, o.Get(k.name))
			}
		}
		if len(b) != 0 {
			str += ", "
		}
		opts := c.opts
		opts.BreakLength = math.Inf(1)
		opts.Compact = CompactTrue
		opts.Depth = c.depth
		s := Inspect(c.vm, extras, opts)
		str += s[len("[Object: null prototype] {")+1 : len(s)-2]
	}
	name := "Buffer"
	if ctor, ok := o.Get("constructor").(*goja.Object); ok {
		name = prop(ctor, "name").String()
	}
	return "<" + name + " " + str + ">"
}

// formatPromise shows a promise's state and result.
func (c *inspectCtx) formatPromise(o *goja.Object, recurseTimes int) []string {
	p := o.Export().(*goja.Promise)
	if p.State() == goja.PromiseStatePending {
		return []string{c.stylize("<pending>", "special")}
	}
	c.indentationLvl += 2
	str := c.formatValue(p.Result(), recurseTimes, false)
	c.indentationLvl -= 2
	if p.State() == goja.PromiseStateRejected {
		return []string{c.stylize("<rejected>", "special") + " " + str}
	}
	return []string{str}
}
