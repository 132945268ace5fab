package webapi

import (
	"github.com/dop251/goja"
)

// Class is a JavaScript class built from Go: a constructor whose prototype
// chain is real, so `class X extends C` works in JavaScript, `instanceof`
// holds, and Object.prototype.toString shows the class name.
type Class struct {
	// Name is the class name.
	Name string
	// Ctor is the constructor function.
	Ctor *goja.Object
	// Proto is Ctor.prototype.
	Proto *goja.Object

	vm *goja.Runtime
}

// classSource names the class shim in stack traces.
const classSource = "nodeshim:webapi/class"

// classProgram makes the constructors: JavaScript functions, so that stack
// traces name them, which throw as a class does when called without new
// and otherwise hand the new object and the arguments to a Go function.
var classProgram = goja.MustCompile(classSource, `(function (apply, TypeError) {
	return function makeClass(name, init) {
		return ({ [name]: function () {
			if (new.target === undefined) {
				throw new TypeError("Class constructor " + name + " cannot be invoked without 'new'");
			}
			apply(init, this, arguments);
		} })[name];
	};
})(Reflect.apply, TypeError)`, true)

// classMaker returns vm's makeClass function, compiling it on first use.
func classMaker(vm *goja.Runtime) goja.Callable {
	v, err := vm.RunProgram(classProgram)
	must(err)
	fn, _ := goja.AssertFunction(v)
	return fn
}

// NewClass creates a class named name whose constructor has the given length
// and extends parent (nil for none). construct runs for new and for super()
// from a JavaScript subclass, with the new object (which already has the
// prototype of the class being constructed) and the arguments. Calling the
// constructor without new throws a TypeError, as for any class.
func NewClass(vm *goja.Runtime, name string, length int, parent *Class, construct func(this *goja.Object, args []goja.Value)) *Class {
	return newClassWith(vm, classMaker(vm), name, length, parent, construct)
}

// newClassWith is NewClass with the runtime's makeClass already at hand.
func newClassWith(vm *goja.Runtime, makeClass goja.Callable, name string, length int, parent *Class, construct func(this *goja.Object, args []goja.Value)) *Class {
	init := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		construct(call.This.(*goja.Object), call.Arguments)
		return goja.Undefined()
	})
	ctor := call1(makeClass, vm.ToValue(name), init).(*goja.Object)
	c := &Class{Name: name, Ctor: ctor, Proto: ctor.Get("prototype").(*goja.Object), vm: vm}
	must(ctor.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(ctor.DefineDataProperty("prototype", c.Proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	if parent != nil {
		must(ctor.SetPrototype(parent.Ctor))
		must(c.Proto.SetPrototype(parent.Proto))
	}
	must(c.Proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return c
}

// Method defines a prototype method (writable, enumerable, configurable, as
// WebIDL operations are).
func (c *Class) Method(name string, length int, fn func(goja.FunctionCall) goja.Value) {
	defineMethod(c.vm, c.Proto, name, length, fn)
}

// Static defines a method on the constructor, not enumerable, as a
// JavaScript class's static methods are (and Node's are).
func (c *Class) Static(name string, length int, fn func(goja.FunctionCall) goja.Value) {
	must(c.Ctor.DefineDataProperty(name, newFunction(c.vm, name, length, fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

// Accessor defines an enumerable, configurable prototype accessor; set may
// be nil for a read-only attribute. The functions are named "get <name>"
// and "set <name>".
func (c *Class) Accessor(name string, get, set func(goja.FunctionCall) goja.Value) {
	defineAccessor(c.vm, c.Proto, name, get, set)
}

// Constant defines a read-only, enumerable, non-configurable number on the
// constructor and, if onProto, on the prototype too.
func (c *Class) Constant(name string, value int, onProto bool) {
	v := c.vm.ToValue(value)
	must(c.Ctor.DefineDataProperty(name, v, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	if onProto {
		must(c.Proto.DefineDataProperty(name, v, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	}
}

// newFunction returns a native function with the given name and length.
func newFunction(vm *goja.Runtime, name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := vm.ToValue(fn).(*goja.Object)
	setFunctionName(vm, f, name, length)
	return f
}

// setFunctionName sets a function's name and length as JavaScript would.
func setFunctionName(vm *goja.Runtime, f *goja.Object, name string, length int) {
	must(f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

func defineMethod(vm *goja.Runtime, on *goja.Object, name string, length int, fn func(goja.FunctionCall) goja.Value) {
	must(on.DefineDataProperty(name, newFunction(vm, name, length, fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

func defineAccessor(vm *goja.Runtime, on *goja.Object, name string, get, set func(goja.FunctionCall) goja.Value) {
	var getter, setter goja.Value
	if get != nil {
		getter = newFunction(vm, "get "+name, 0, get)
	}
	if set != nil {
		setter = newFunction(vm, "set "+name, 1, set)
	}
	must(on.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// newClass is NewClass on the realm's runtime.
func (r *realm) newClass(name string, length int, parent *Class, construct func(this *goja.Object, args []goja.Value)) *Class {
	return newClassWith(r.vm, r.makeClass, name, length, parent, construct)
}

// function returns a native function of the realm's runtime.
func (r *realm) function(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	return newFunction(r.vm, name, length, fn)
}

// defineInspect gives a prototype Node's util.inspect.custom method.
func (r *realm) defineInspect(proto *goja.Object, fn func(goja.FunctionCall) goja.Value) {
	f := r.function("[nodejs.util.inspect.custom]", 2, fn)
	must(proto.DefineDataPropertySymbol(r.in.inspectCustom, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}
