package deepequal

import (
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// hasOwn is Object.prototype.hasOwnProperty.call(o, key).
func (c *comparer) hasOwn(o *goja.Object, key string) bool {
	return c.call(c.in.hasOwnProperty, o, c.vm.ToValue(key)).ToBoolean()
}

// ownEnumerableSymbols lists o's own enumerable symbol keys.
func (c *comparer) ownEnumerableSymbols(o *goja.Object) []*goja.Symbol {
	var out []*goja.Symbol
	list := c.call(c.in.getOwnSymbols, nil, o).ToObject(c.vm)
	c.vm.ForOf(list, func(v goja.Value) bool {
		if c.call(c.in.isEnumerable, o, v).ToBoolean() {
			out = append(out, v.(*goja.Symbol))
		}
		return true
	})
	return out
}

// keys compares the own enumerable properties of a and b (and, if strict,
// their own enumerable symbol properties). With skipIndices, array indices
// are left out, having been compared as elements.
func (c *comparer) keys(a, b *goja.Object, skipIndices bool) bool {
	ka, kb := stringKeys(a, skipIndices), stringKeys(b, skipIndices)
	if len(ka) != len(kb) {
		return false
	}
	for _, k := range ka {
		if !c.hasOwn(b, k) || !c.call(c.in.isEnumerable, b, c.vm.ToValue(k)).ToBoolean() {
			return false
		}
	}
	var sa []*goja.Symbol
	if c.strict {
		sa = c.ownEnumerableSymbols(a)
		sb := c.ownEnumerableSymbols(b)
		if len(sa) != len(sb) {
			return false
		}
		for _, s := range sa {
			if !c.call(c.in.isEnumerable, b, s).ToBoolean() {
				return false
			}
		}
	}
	for _, k := range ka {
		if !c.equal(a.Get(k), b.Get(k)) {
			return false
		}
	}
	for _, s := range sa {
		if !c.equal(a.GetSymbol(s), b.GetSymbol(s)) {
			return false
		}
	}
	return true
}

// stringKeys is Object.keys(o), without array indices if skipIndices.
func stringKeys(o *goja.Object, skipIndices bool) []string {
	keys := o.Keys()
	if !skipIndices {
		return keys
	}
	out := keys[:0:0]
	for _, k := range keys {
		if !isIndex(k) {
			out = append(out, k)
		}
	}
	return out
}

// isIndex reports whether key is a canonical array index.
func isIndex(key string) bool {
	n, err := strconv.ParseUint(key, 10, 32)
	return err == nil && n < 1<<32-1 && strconv.FormatUint(n, 10) == key
}

// arrays compares two arrays element by element, holes included, then
// their other properties.
func (c *comparer) arrays(a, b *goja.Object) bool {
	if !a.Get("length").StrictEquals(b.Get("length")) {
		return false
	}
	n := a.Get("length").ToInteger()
	for i := int64(0); i < n; i++ {
		k := strconv.FormatInt(i, 10)
		hasA, hasB := c.hasOwn(a, k), c.hasOwn(b, k)
		if hasA != hasB || (hasA && !c.equal(a.Get(k), b.Get(k))) {
			return false
		}
	}
	return c.keys(a, b, true)
}

// views compares typed arrays and DataViews by content (loosely, float
// arrays by value), then their other properties.
func (c *comparer) views(a, b *goja.Object, k jskind.Kind) bool {
	var ba, bb []byte
	if err := c.vm.ExportTo(a, &ba); err != nil {
		panic(err)
	}
	if err := c.vm.ExportTo(b, &bb); err != nil {
		panic(err)
	}
	if len(ba) != len(bb) {
		return false
	}
	if k == jskind.TypedArray && !c.strict && isFloatArray(a) {
		n := a.Get("length").ToInteger()
		for i := int64(0); i < n; i++ {
			if a.Get(strconv.FormatInt(i, 10)).ToFloat() != b.Get(strconv.FormatInt(i, 10)).ToFloat() {
				return false
			}
		}
	} else if !sameBytes(ba, bb) {
		return false
	}
	return c.keys(a, b, true)
}
