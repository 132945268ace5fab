package webapi

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// The types goja exports objects as, which tell built-ins apart where their
// class name does not.
var (
	typeProxy      = reflect.TypeOf(goja.Proxy{})
	typePromise    = reflect.TypeOf((*goja.Promise)(nil))
	typeString     = reflect.TypeOf("")
	typeBigInt     = reflect.TypeOf((*big.Int)(nil))
	typeMapEntries = reflect.TypeOf([][2]any(nil))
	typeSetItems   = reflect.TypeOf([]any(nil))
)

// cloner is one structuredClone: the clones made so far, so that shared
// and circular references come out shared and circular.
type cloner struct {
	r    *realm
	memo map[*goja.Object]*goja.Object
}

// structuredCloneCall is the global structuredClone(value, {transfer}).
// Transferring ArrayBuffers works: the clone gets the same memory and the
// original is detached. Other transferables (MessagePort) do not exist here.
func (r *realm) structuredCloneCall(call goja.FunctionCall) goja.Value {
	vm := r.vm
	if len(call.Arguments) == 0 {
		panic(nodeerr.TypeError(vm, "ERR_MISSING_ARGS", "The value argument must be specified"))
	}
	c := &cloner{r: r, memo: map[*goja.Object]*goja.Object{}}
	var transfer []goja.ArrayBuffer
	switch opts := call.Argument(1); {
	case isNullish(opts):
	case isObject(opts):
		transfer = c.transferList(opts.(*goja.Object).Get("transfer"))
	default:
		panic(nodeerr.TypeError(vm, "ERR_INVALID_ARG_TYPE", "The options argument must be either an object or undefined"))
	}
	v := c.clone(call.Arguments[0])
	for _, ab := range transfer {
		ab.Detach()
	}
	return v
}

// Clone returns a structured clone of v, as structuredClone(v) does. A
// value that cannot be cloned panics with a DOMException DataCloneError,
// as goja natives throw.
func Clone(vm *goja.Runtime, v goja.Value) goja.Value {
	c := &cloner{r: realmOf(vm), memo: map[*goja.Object]*goja.Object{}}
	return c.clone(v)
}

// transferList validates the transfer option and maps each ArrayBuffer to
// a new one over the same memory.
func (c *cloner) transferList(v goja.Value) []goja.ArrayBuffer {
	vm := c.r.vm
	if isNullish(v) {
		return nil
	}
	o, ok := v.(*goja.Object)
	if !ok || o.GetSymbol(goja.SymIterator) == nil {
		panic(nodeerr.TypeError(vm, "ERR_INVALID_ARG_TYPE", "Optional transferList argument must be an iterable"))
	}
	var items []goja.Value
	must(vm.ExportTo(call1(c.r.in.arrayFrom, o), &items))
	var out []goja.ArrayBuffer
	for _, item := range items {
		io, ok := item.(*goja.Object)
		if !ok || io.ExportType() != typeArrayBuffer {
			panic(nodeerr.TypeError(vm, "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList"))
		}
		if c.memo[io] != nil {
			panic(c.r.newDOMException("Transfer list contains duplicate ArrayBuffer", "DataCloneError"))
		}
		ab := io.Export().(goja.ArrayBuffer)
		c.memo[io] = vm.ToValue(vm.NewArrayBuffer(ab.Bytes())).(*goja.Object)
		out = append(out, ab)
	}
	return out
}

// dataCloneError is the DOMException DataCloneError with msg.
func (c *cloner) dataCloneError(msg string) *goja.Object {
	return c.r.newDOMException(msg, "DataCloneError")
}

// clone returns the structured clone of v.
func (c *cloner) clone(v goja.Value) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		if _, isSym := v.(*goja.Symbol); isSym {
			panic(c.dataCloneError("Symbol(" + v.String() + ") could not be cloned."))
		}
		return v
	}
	if done := c.memo[o]; done != nil {
		return done
	}
	if _, isFn := goja.AssertFunction(o); isFn {
		panic(c.dataCloneError(call(c.r.in.fnToString, o).String() + " could not be cloned."))
	}
	switch class := o.ClassName(); class {
	case "Object", "Arguments":
		return c.cloneObjectClass(o)
	case "Array":
		n := o.Get("length").ToInteger()
		res, err := c.r.vm.New(c.r.in.ctors["Array"], c.r.vm.ToValue(n))
		must(err)
		return c.copyProperties(o, res)
	case "Date":
		return c.construct(o, "Date", call(c.r.in.getTime, o))
	case "RegExp":
		return c.construct(o, "RegExp", call(c.r.in.reSource, o), call(c.r.in.reFlags, o))
	case "Error":
		return c.cloneError(o)
	case "Number", "String", "Boolean":
		return c.box(o, class)
	}
	panic(c.dataCloneError("#<" + constructorName(o) + "> could not be cloned."))
}

// box clones a boxed primitive (its own properties are dropped, as in V8).
func (c *cloner) box(o *goja.Object, class string) goja.Value {
	res := call(c.r.in.valueOf[class], o).ToObject(c.r.vm)
	c.memo[o] = res
	return res
}

// cloneObjectClass clones the objects goja classes as "Object", telling
// them apart by what they export: plain objects, ArrayBuffers, views, Maps,
// Sets, boxed BigInts; proxies, promises, boxed symbols, WeakMaps and
// WeakSets are refused.
func (c *cloner) cloneObjectClass(o *goja.Object) goja.Value {
	vm := c.r.vm
	switch o.ExportType() {
	case typeProxy:
		if target := o.Export().(goja.Proxy).Target(); target != nil && target.ClassName() == "Array" {
			panic(c.dataCloneError("[object Array] could not be cloned."))
		}
		panic(c.dataCloneError("#<Object> could not be cloned."))
	case typePromise:
		panic(c.dataCloneError("#<Promise> could not be cloned."))
	case typeString: // only a boxed Symbol exports a string from class Object
		panic(c.dataCloneError("[object Symbol] could not be cloned."))
	case typeBigInt:
		return c.box(o, "BigInt")
	case typeMapEntries:
		return c.cloneCollection(o, "Map", c.r.in.mapForEach, c.r.in.mapSet, true)
	case typeSetItems:
		return c.cloneCollection(o, "Set", c.r.in.setForEach, c.r.in.setAdd, false)
	case typeArrayBuffer:
		ab := o.Export().(goja.ArrayBuffer)
		if ab.Detached() {
			panic(c.dataCloneError("An ArrayBuffer is detached and could not be cloned."))
		}
		res := vm.ToValue(vm.NewArrayBuffer(append([]byte{}, ab.Bytes()...))).(*goja.Object)
		c.memo[o] = res
		return res
	}
	if call1(c.r.in.isView, o).ToBoolean() {
		if name := c.r.typedArrayName(o); name != "" {
			buf := c.clone(call(c.r.in.taBuffer, o))
			return c.construct(o, name, buf, call(c.r.in.taOffset, o), call(c.r.in.taLength, o))
		}
		buf := c.clone(call(c.r.in.dvBuffer, o))
		return c.construct(o, "DataView", buf, call(c.r.in.dvOffset, o), call(c.r.in.dvLength, o))
	}
	for _, weak := range []string{"WeakMap", "WeakSet"} {
		if vm.InstanceOf(o, c.r.in.ctors[weak]) {
			panic(c.dataCloneError("#<" + weak + "> could not be cloned."))
		}
	}
	return c.copyProperties(o, vm.NewObject())
}

// construct records and returns new ctors[name](args...) as the clone of o.
func (c *cloner) construct(o *goja.Object, name string, args ...goja.Value) goja.Value {
	res, err := c.r.vm.New(c.r.in.ctors[name], args...)
	must(err)
	c.memo[o] = res
	return res
}

// copyProperties records res as the clone of o and gives it clones of o's
// own enumerable string-keyed properties, read with [[Get]] as V8 does.
func (c *cloner) copyProperties(o, res *goja.Object) goja.Value {
	c.memo[o] = res
	for _, k := range o.Keys() {
		must(res.Set(k, c.clone(o.Get(k))))
	}
	return res
}

// cloneCollection clones a Map (pairs) or a Set, entries in order.
func (c *cloner) cloneCollection(o *goja.Object, ctor string, forEach, add goja.Callable, pairs bool) goja.Value {
	res, err := c.r.vm.New(c.r.in.ctors[ctor])
	must(err)
	c.memo[o] = res
	var entries [][2]goja.Value
	call(forEach, o, c.r.function("", 2, func(call goja.FunctionCall) goja.Value {
		entries = append(entries, [2]goja.Value{call.Argument(1), call.Argument(0)})
		return goja.Undefined()
	}))
	for _, e := range entries {
		if pairs {
			k := c.clone(e[0])
			call(add, res, k, c.clone(e[1]))
		} else {
			call(add, res, c.clone(e[0]))
		}
	}
	return res
}

// errorNames are the error constructors whose name a clone keeps; any other
// name makes a plain Error, as in V8.
var errorNames = map[string]bool{"Error": true, "EvalError": true, "RangeError": true,
	"ReferenceError": true, "SyntaxError": true, "TypeError": true, "URIError": true}

// cloneError clones an Error the way V8 serializes one: the prototype from
// its name, then its own message, stack and cause. Other properties are
// dropped.
func (c *cloner) cloneError(o *goja.Object) goja.Value {
	vm := c.r.vm
	name := "Error"
	if n := o.Get("name"); n != nil && goja.IsString(n) && errorNames[n.String()] {
		name = n.String()
	}
	res, err := vm.New(c.r.in.ctors[name])
	must(err)
	c.memo[o] = res
	own := map[string]bool{}
	for _, k := range o.GetOwnPropertyNames() {
		own[k] = true
	}
	if own["message"] {
		must(res.DefineDataProperty("message", o.Get("message").ToString(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	if own["stack"] {
		if s := o.Get("stack"); goja.IsString(s) {
			must(res.DefineDataProperty("stack", s, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
		} else {
			must(res.Delete("stack"))
		}
	}
	if own["cause"] {
		must(res.DefineDataProperty("cause", c.clone(o.Get("cause")), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	return res
}

// constructorName is the name V8 shows in "#<Name>".
func constructorName(o *goja.Object) string {
	if ctor, ok := o.Get("constructor").(*goja.Object); ok {
		if n := ctor.Get("name"); n != nil && goja.IsString(n) && n.String() != "" {
			return n.String()
		}
	}
	return "Object"
}
