// Package deepequal implements Node's deep equality, as assert.deepEqual
// (loose) and assert.deepStrictEqual and util.isDeepStrictEqual (strict)
// document it:
//
//   - strict: primitives by Object.is, prototypes and own enumerable symbol
//     keys compared; loose: primitives by == (NaN equals NaN), neither
//     prototypes nor symbol keys;
//   - both: Object.prototype.toString tags must match; only own enumerable
//     properties count, in any order; Error name, message, cause and errors,
//     RegExp source, flags and lastIndex, and Date times are always compared;
//     boxed primitives compare as values and as objects; Map entries and Set
//     members match unordered; typed arrays and ArrayBuffers by content;
//     array holes must sit at the same places;
//   - URL objects (recognised by shape) compare by href as well;
//   - a pair of objects met again while it is still being compared counts as
//     equal, so circular structures terminate.
package deepequal

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// Equal reports whether a and b are deeply equal, strictly as
// assert.deepStrictEqual or loosely as assert.deepEqual. Getters the
// comparison reads may throw; the exception propagates as a goja panic.
func Equal(vm *goja.Runtime, a, b goja.Value, strict bool) bool {
	c := &comparer{vm: vm, strict: strict, in: intrinsicsOf(vm)}
	return c.equal(a, b)
}

// comparer is one deep comparison.
type comparer struct {
	vm     *goja.Runtime
	strict bool
	in     *intrinsics
	// active holds the pairs of objects being compared further up the
	// recursion.
	active []pair
}

type pair struct{ a, b *goja.Object }

// equal compares two values.
func (c *comparer) equal(a, b goja.Value) bool {
	if a.StrictEquals(b) {
		return !c.strict || a.SameAs(b)
	}
	oa, aIsObj := asObject(a)
	ob, bIsObj := asObject(b)
	if !aIsObj || !bIsObj {
		if aIsObj || bIsObj {
			return false
		}
		if c.strict {
			return a.SameAs(b) // only NaN and NaN get here equal
		}
		return a.Equals(b) || (goja.IsNaN(a) && goja.IsNaN(b))
	}
	if c.strict && !samePrototype(oa, ob) {
		return false
	}
	if c.tag(oa) != c.tag(ob) {
		return false
	}
	for _, p := range c.active {
		if p.a == oa && p.b == ob {
			return true
		}
	}
	c.active = append(c.active, pair{oa, ob})
	defer func() { c.active = c.active[:len(c.active)-1] }()
	return c.objects(oa, ob)
}

// asObject returns v as an object when typeof v is "object" (not a function).
func asObject(v goja.Value) (*goja.Object, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	if _, isFunc := goja.AssertFunction(o); isFunc {
		return nil, false
	}
	return o, true
}

func samePrototype(a, b *goja.Object) bool {
	pa, pb := a.Prototype(), b.Prototype()
	return pa == pb || (pa != nil && pb != nil && pa.SameAs(pb))
}

// tag is Object.prototype.toString.call(o).
func (c *comparer) tag(o *goja.Object) string {
	return c.call(c.in.toString, o).String()
}

// call invokes a built-in, letting a JavaScript exception propagate.
func (c *comparer) call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// objects compares two objects whose tags (and, if strict, prototypes)
// match.
func (c *comparer) objects(a, b *goja.Object) bool {
	ka, kb := c.kindOf(a), c.kindOf(b)
	if ka != kb {
		return false
	}
	switch ka {
	case jskind.Array:
		return c.arrays(a, b)
	case jskind.Date:
		ta, tb := c.call(c.in.dateGetTime, a), c.call(c.in.dateGetTime, b)
		if !ta.StrictEquals(tb) {
			return false
		}
	case jskind.RegExp:
		if !c.sameRegExp(a, b) {
			return false
		}
	case jskind.Error:
		if !c.sameError(a, b) {
			return false
		}
	case jskind.Number, jskind.String, jskind.Boolean, jskind.BigInt, jskind.Symbol:
		valueOf := c.in.valueOfs[ka]
		if !c.call(valueOf, a).SameAs(c.call(valueOf, b)) {
			return false
		}
	case jskind.TypedArray, jskind.DataView:
		return c.views(a, b, ka)
	case jskind.ArrayBuffer:
		if !sameBytes(a.Export().(goja.ArrayBuffer).Bytes(), b.Export().(goja.ArrayBuffer).Bytes()) {
			return false
		}
	case jskind.Set:
		return c.sameSizes(a, b) && c.keys(a, b, false) && c.sets(a, b)
	case jskind.Map:
		return c.sameSizes(a, b) && c.keys(a, b, false) && c.maps(a, b)
	case jskind.Object:
		if urlA, urlB := isURL(a), isURL(b); urlA || urlB {
			if !urlA || !urlB || !a.Get("href").StrictEquals(b.Get("href")) {
				return false
			}
		}
	}
	return c.keys(a, b, false)
}

// sameSizes compares the size of two Maps or Sets.
func (c *comparer) sameSizes(a, b *goja.Object) bool {
	return a.Get("size").StrictEquals(b.Get("size"))
}

func (c *comparer) sameRegExp(a, b *goja.Object) bool {
	return c.call(c.in.regexpSource, a).StrictEquals(c.call(c.in.regexpSource, b)) &&
		c.call(c.in.regexpFlags, a).StrictEquals(c.call(c.in.regexpFlags, b)) &&
		a.Get("lastIndex").StrictEquals(b.Get("lastIndex"))
}

// sameError compares name and message, and cause and errors when either
// error has them as own properties, enumerable or not.
func (c *comparer) sameError(a, b *goja.Object) bool {
	if !a.Get("message").StrictEquals(b.Get("message")) || !a.Get("name").StrictEquals(b.Get("name")) {
		return false
	}
	for _, name := range []string{"cause", "errors"} {
		hasA, hasB := c.hasOwn(a, name), c.hasOwn(b, name)
		if hasA != hasB || (hasA && !c.equal(a.Get(name), b.Get(name))) {
			return false
		}
	}
	return true
}

// isURL recognises URL objects as Node does, by their shape: href and
// protocol set, and no legacy auth or path.
func isURL(o *goja.Object) bool {
	truthy := func(name string) bool {
		v := o.Get(name)
		return v != nil && v.ToBoolean()
	}
	undefined := func(name string) bool {
		v := o.Get(name)
		return v == nil || goja.IsUndefined(v)
	}
	return truthy("href") && truthy("protocol") && undefined("auth") && undefined("path")
}

func sameBytes(a, b []byte) bool {
	return string(a) == string(b)
}
