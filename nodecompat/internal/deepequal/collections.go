package deepequal

import "github.com/dop251/goja"

// members lists a Set's members.
func (c *comparer) members(s *goja.Object) []goja.Value {
	var out []goja.Value
	c.call(c.in.setForEach, s, c.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		out = append(out, call.Argument(0))
		return goja.Undefined()
	}))
	return out
}

// entry is one Map entry.
type entry struct{ key, value goja.Value }

// entries lists a Map's entries.
func (c *comparer) entries(m *goja.Object) []entry {
	var out []entry
	c.call(c.in.mapForEach, m, c.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		out = append(out, entry{call.Argument(1), call.Argument(0)})
		return goja.Undefined()
	}))
	return out
}

func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok && !goja.IsNull(v)
}

// sets matches the members of two Sets of the same size: primitives by
// Set.has (and, loosely, by ==), objects by deep equality, each member of b
// taking a distinct member of a.
func (c *comparer) sets(a, b *goja.Object) bool {
	var pending []goja.Value // members of a that b does not simply contain
	for _, v := range c.members(a) {
		if isObject(v) {
			pending = append(pending, v)
			continue
		}
		if !c.call(c.in.setHas, b, v).ToBoolean() {
			if c.strict {
				return false
			}
			pending = append(pending, v)
		}
	}
	if len(pending) == 0 {
		return true
	}
	for _, v := range c.members(b) {
		if !isObject(v) && (c.strict || c.call(c.in.setHas, a, v).ToBoolean()) {
			continue
		}
		if !c.take(&pending, func(p goja.Value) bool { return c.equal(v, p) }) {
			return false
		}
	}
	return len(pending) == 0
}

// maps matches the entries of two Maps of the same size: primitive keys by
// Map.get, other entries by deep equality of key and value, each entry of b
// taking a distinct entry of a.
func (c *comparer) maps(a, b *goja.Object) bool {
	var pending []goja.Value // keys of a whose entry b does not simply match
	for _, e := range c.entries(a) {
		if isObject(e.key) {
			pending = append(pending, e.key)
			continue
		}
		if !c.call(c.in.mapHas, b, e.key).ToBoolean() || !c.equal(e.value, c.call(c.in.mapGet, b, e.key)) {
			if c.strict {
				return false
			}
			pending = append(pending, e.key)
		}
	}
	if len(pending) == 0 {
		return true
	}
	for _, e := range c.entries(b) {
		if !isObject(e.key) {
			if c.strict {
				continue
			}
			if c.call(c.in.mapHas, a, e.key).ToBoolean() && c.equal(c.call(c.in.mapGet, a, e.key), e.value) {
				continue
			}
		}
		matches := func(k goja.Value) bool {
			return c.equal(e.key, k) && c.equal(e.value, c.call(c.in.mapGet, a, k))
		}
		if !c.take(&pending, matches) {
			return false
		}
	}
	return len(pending) == 0
}

// take removes the first value of *list that match accepts.
func (c *comparer) take(list *[]goja.Value, match func(goja.Value) bool) bool {
	for i, v := range *list {
		if match(v) {
			*list = append((*list)[:i], (*list)[i+1:]...)
			return true
		}
	}
	return false
}
