package url

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/url/whatwg"
)

// urlObject is the Go state behind one JS URL: its record and, once asked
// for, its linked searchParams object.
type urlObject struct {
	u      *whatwg.URL
	params *paramsObject
	js     *goja.Object // the URLSearchParams object of params
}

// syncParams refreshes the linked URLSearchParams after the query changed.
func (o *urlObject) syncParams() {
	if o.params != nil {
		o.params.list = whatwg.ParseForm(o.u.Query)
	}
}

// classes holds the constructors and prototypes of one runtime.
type classes struct {
	vm          *goja.Runtime
	state       *goja.Symbol // key of the hidden Go state on instances
	url         *goja.Object
	params      *goja.Object
	paramsProto *goja.Object
	iterProto   *goja.Object
	inspectKey  *goja.Symbol
}

func newClasses(vm *goja.Runtime) *classes {
	c := &classes{vm: vm, state: goja.NewSymbol("state"), inspectKey: inspectCustom(vm)}
	c.url = c.makeURLClass()
	c.params = c.makeParamsClass()
	return c
}

// inspectCustom returns Symbol.for('nodejs.util.inspect.custom'), the key
// util.inspect looks up for custom formatting.
func inspectCustom(vm *goja.Runtime) *goja.Symbol {
	v, err := vm.RunString("Symbol.for('nodejs.util.inspect.custom')")
	if err != nil {
		panic(err)
	}
	return v.(*goja.Symbol)
}

// invalidURL builds Node's ERR_INVALID_URL TypeError.
func (c *classes) invalidURL(input string, base goja.Value) *goja.Object {
	e := nodeerr.TypeError(c.vm, "ERR_INVALID_URL", "Invalid URL")
	must(e.Set("input", input))
	if base != nil {
		must(e.Set("base", base.String()))
	}
	return e
}

// parseArgs parses the (url, base) arguments of the constructor,
// canParse and parse; base is nil when absent.
func (c *classes) parseArgs(call []goja.Value) (*whatwg.URL, string, goja.Value, error) {
	input := argString(call, 0)
	var base *whatwg.URL
	var baseArg goja.Value
	if len(call) > 1 && !goja.IsUndefined(call[1]) {
		baseArg = call[1]
		var err error
		if base, err = whatwg.Parse(baseArg.String(), nil); err != nil {
			return nil, input, baseArg, err
		}
	}
	u, err := whatwg.Parse(input, base)
	return u, input, baseArg, err
}

// argString returns String(args[i]), or "undefined" when it is missing.
func argString(args []goja.Value, i int) string {
	if i >= len(args) {
		return "undefined"
	}
	return args[i].String()
}

func (c *classes) makeURLClass() *goja.Object {
	vm := c.vm
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		if len(call.Arguments) == 0 {
			panic(nodeerr.TypeError(vm, "ERR_MISSING_ARGS", `The "url" argument must be specified`))
		}
		u, input, base, err := c.parseArgs(call.Arguments)
		if err != nil {
			panic(c.invalidURL(input, base))
		}
		must(call.This.DefineDataPropertySymbol(c.state, vm.ToValue(&urlObject{u: u}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
		return nil
	}).(*goja.Object)
	setNameLength(vm, ctor, "URL", 1)
	proto := ctor.Get("prototype").(*goja.Object)
	method(vm, proto, "toString", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(c.urlOf(call.This).u.Href())
	})
	type accessor struct {
		name string
		get  func(*urlObject) goja.Value
		set  func(*urlObject, string)
	}
	str := func(f func(*whatwg.URL) string) func(*urlObject) goja.Value {
		return func(o *urlObject) goja.Value { return vm.ToValue(f(o.u)) }
	}
	accessors := []accessor{
		{"href", str((*whatwg.URL).Href), func(o *urlObject, v string) {
			if o.u.SetHref(v) != nil {
				panic(c.invalidURL(v, nil))
			}
			o.syncParams()
		}},
		{"origin", str((*whatwg.URL).Origin), nil},
		{"protocol", str((*whatwg.URL).Protocol), func(o *urlObject, v string) { o.u.SetProtocol(v) }},
		{"username", str(func(u *whatwg.URL) string { return u.Username }), func(o *urlObject, v string) { o.u.SetUsername(v) }},
		{"password", str(func(u *whatwg.URL) string { return u.Password }), func(o *urlObject, v string) { o.u.SetPassword(v) }},
		{"host", str((*whatwg.URL).HostPort), func(o *urlObject, v string) { o.u.SetHost(v) }},
		{"hostname", str(func(u *whatwg.URL) string { return u.Host }), func(o *urlObject, v string) { o.u.SetHostname(v) }},
		{"port", str((*whatwg.URL).PortString), func(o *urlObject, v string) { o.u.SetPort(v) }},
		{"pathname", str((*whatwg.URL).Pathname), func(o *urlObject, v string) { o.u.SetPathname(v) }},
		{"search", str((*whatwg.URL).Search), func(o *urlObject, v string) { o.u.SetSearch(v); o.syncParams() }},
		{"searchParams", c.searchParamsOf, nil},
		{"hash", str((*whatwg.URL).Hash), func(o *urlObject, v string) { o.u.SetHash(v) }},
	}
	for _, a := range accessors {
		getter := vm.ToValue(func(call goja.FunctionCall) goja.Value { return a.get(c.urlOf(call.This)) })
		var setter goja.Value
		if a.set != nil {
			setter = vm.ToValue(func(call goja.FunctionCall) goja.Value {
				a.set(c.urlOf(call.This), call.Argument(0).String())
				return goja.Undefined()
			})
		}
		must(proto.DefineAccessorProperty(a.name, getter, setter, goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
	method(vm, proto, "toJSON", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(c.urlOf(call.This).u.Href())
	})
	must(proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("URL"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(proto.DefineDataPropertySymbol(c.inspectKey, vm.ToValue(c.inspectURL), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	method(vm, ctor, "parse", func(call goja.FunctionCall) goja.Value {
		if _, _, _, err := c.parseArgs(call.Arguments); err != nil {
			return goja.Null()
		}
		obj, err := vm.New(ctor, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return obj
	})
	method(vm, ctor, "canParse", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) == 0 {
			panic(nodeerr.TypeError(vm, "ERR_MISSING_ARGS", `The "url" argument must be specified`))
		}
		_, _, _, err := c.parseArgs(call.Arguments)
		return vm.ToValue(err == nil)
	})
	// Blobs are not supported, so no object can be turned into a URL.
	method(vm, ctor, "createObjectURL", func(call goja.FunctionCall) goja.Value {
		panic(nodeerr.InvalidArgType(vm, "obj", "an instance of Blob", call.Argument(0)))
	})
	method(vm, ctor, "revokeObjectURL", func(goja.FunctionCall) goja.Value {
		return goja.Undefined()
	})
	return ctor
}

// urlOf returns the Go state of a URL receiver, or throws as Node does.
func (c *classes) urlOf(this goja.Value) *urlObject {
	if obj, ok := this.(*goja.Object); ok {
		if v := obj.GetSymbol(c.state); v != nil {
			if o, ok := v.Export().(*urlObject); ok {
				return o
			}
		}
	}
	panic(c.vm.NewTypeError("Receiver must be an instance of class URL"))
}

// searchParamsOf returns the URL's linked URLSearchParams, made on first use.
func (c *classes) searchParamsOf(o *urlObject) goja.Value {
	if o.js == nil {
		o.params = &paramsObject{list: whatwg.ParseForm(o.u.Query), url: o}
		o.js = c.vm.CreateObject(c.paramsProto)
		must(o.js.DefineDataPropertySymbol(c.state, c.vm.ToValue(o.params), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	}
	return o.js
}

// recordOf returns the WHATWG record behind a JS URL object, or nil.
func (c *classes) recordOf(obj *goja.Object) *whatwg.URL {
	if v := obj.GetSymbol(c.state); v != nil {
		if o, ok := v.Export().(*urlObject); ok {
			return o.u
		}
	}
	return nil
}

// method defines an enumerable method, as Node's URL classes have, static
// ones included.
func method(vm *goja.Runtime, obj *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) {
	must(obj.DefineDataProperty(name, vm.ToValue(fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// setNameLength gives a native constructor Node's name and length.
func setNameLength(vm *goja.Runtime, fn *goja.Object, name string, length int) {
	must(fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(fn.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

// must panics on an error from defining a property on an object this
// package just made, which cannot happen.
func must(err error) {
	if err != nil {
		panic(err)
	}
}
