package util

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// ctorName is the result of Node's getConstructorName: a name, or null
// (ok == false) for objects whose prototype chain has no constructor.
type ctorName struct {
	name string
	ok   bool
}

// constructorName walks o's prototype chain for the first own "constructor"
// that is a named function o is an instance of, as Node does.
func (c *inspectCtx) constructorName(o *goja.Object, k jskind.Kind, recurseTimes int) ctorName {
	var firstProto *goja.Object
	first := true
	for obj := o; obj != nil; {
		desc, isObj := c.call(c.s.in.getOwnPropertyDescriptor, goja.Undefined(), obj, c.vm.ToValue("constructor")).(*goja.Object)
		if isObj {
			if fn, ok := desc.Get("value").(*goja.Object); ok {
				if _, callable := goja.AssertFunction(fn); callable {
					if name := fn.Get("name"); name != nil && !goja.IsUndefined(name) && name.String() != "" && c.instanceOf(o, fn) {
						return ctorName{name: name.String(), ok: true}
					}
				}
			}
		}
		obj = obj.Prototype()
		if first {
			firstProto, first = obj, false
		}
	}
	if firstProto == nil {
		return ctorName{}
	}
	res := internalClassName(k)
	if c.beyondDepth(recurseTimes) {
		return ctorName{name: res + " <Complex prototype>", ok: true}
	}
	protoCtor := c.constructorName(firstProto, c.s.kindOf(firstProto), recurseTimes+1)
	if !protoCtor.ok {
		sub := newInspectCtx(c.s, c.opts)
		sub.opts.CustomInspect = false
		sub.depth = -1
		return ctorName{name: res + " <" + sub.formatValue(firstProto, 0, false) + ">", ok: true}
	}
	return ctorName{name: res + " <" + protoCtor.name + ">", ok: true}
}

// instanceOf is `o instanceof fn`, false if that throws.
func (c *inspectCtx) instanceOf(o, fn *goja.Object) (res bool) {
	if ex := c.vm.Try(func() { res = c.vm.InstanceOf(o, fn) }); ex != nil {
		return false
	}
	return res
}

// internalClassName approximates V8's class name of an object whose
// prototype chain names no constructor.
func internalClassName(k jskind.Kind) string {
	switch k {
	case jskind.Array:
		return "Array"
	case jskind.Function:
		return "Function"
	case jskind.Error:
		return "Error"
	case jskind.Date:
		return "Date"
	case jskind.RegExp:
		return "RegExp"
	case jskind.Map:
		return "Map"
	case jskind.Set:
		return "Set"
	case jskind.Promise:
		return "Promise"
	}
	return "Object"
}

// toStringTag returns o[Symbol.toStringTag] when it is a string that is not
// already listed as an own (enumerable, unless showHidden) property.
func (c *inspectCtx) toStringTag(o *goja.Object) string {
	v := o.GetSymbol(goja.SymToStringTag)
	if v == nil || !goja.IsString(v) {
		return ""
	}
	tag := v.String()
	if tag == "" {
		return ""
	}
	check := c.s.in.propertyIsEnumerable
	if c.opts.ShowHidden {
		check = c.s.in.hasOwnProperty
	}
	if c.call(check, o, goja.SymToStringTag).ToBoolean() {
		return ""
	}
	return tag
}

// getPrefix is Node's getPrefix: "Ctor(size) [tag] " or the null-prototype
// form "[fallback(size): null prototype] [tag] ".
func getPrefix(ctor ctorName, tag, fallback, size string) string {
	if !ctor.ok {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && ctor.name != tag {
		return ctor.name + size + " [" + tag + "] "
	}
	return ctor.name + size + " "
}
