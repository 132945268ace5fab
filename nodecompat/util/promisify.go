package util

import (
	"github.com/dop251/goja"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// CustomPromisifyArgs is the symbol a callback-style function can carry (an
// array of names) so that util.promisify resolves with an object of those
// names when the callback receives several values, as dns.lookup does with
// ['address', 'family'].
var CustomPromisifyArgs = goja.NewSymbol("customPromisifyArgs")

// promisifyCustomKey is the registered symbol util.promisify.custom.
const promisifyCustomKey = "nodejs.util.promisify.custom"

// promisifyCustom returns Symbol.for('nodejs.util.promisify.custom').
func (s *state) promisifyCustom() *goja.Symbol {
	v, err := s.vm.RunString(`Symbol.for('` + promisifyCustomKey + `')`)
	if err != nil {
		panic(err)
	}
	return v.(*goja.Symbol)
}

// promisifyFunction builds util.promisify with its custom property.
func (s *state) promisifyFunction() *goja.Object {
	custom := s.promisifyCustom()
	f := newFunction(s.vm, "promisify", 1, func(call goja.FunctionCall) goja.Value {
		return s.promisify(call.Argument(0), custom)
	})
	_ = f.Set("custom", custom)
	return f
}

// promisify is util.promisify(original).
func (s *state) promisify(arg goja.Value, custom *goja.Symbol) goja.Value {
	vm := s.vm
	original, ok := arg.(*goja.Object)
	call, isFunc := goja.AssertFunction(arg)
	if !ok || !isFunc {
		panic(nodeerr.InvalidArgType(vm, "original", "of type function", arg))
	}
	if c := original.GetSymbol(custom); c != nil && c.ToBoolean() {
		fn, ok := c.(*goja.Object)
		if _, isFunc := goja.AssertFunction(c); !ok || !isFunc {
			panic(nodeerr.InvalidArgType(vm, "util.promisify.custom", "of type function", c))
		}
		_ = fn.DefineDataPropertySymbol(custom, fn, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return fn
	}
	argNames, _ := original.GetSymbol(CustomPromisifyArgs).(*goja.Object)
	fn := vm.ToValue(func(fc goja.FunctionCall) goja.Value {
		p, resolve, reject := vm.NewPromise()
		cb := vm.ToValue(func(cc goja.FunctionCall) goja.Value {
			if err := cc.Argument(0); err.ToBoolean() {
				_ = reject(err)
				return goja.Undefined()
			}
			values := cc.Arguments
			if len(values) > 0 {
				values = values[1:]
			}
			if argNames != nil && len(values) > 1 {
				obj := vm.NewObject()
				for i := int64(0); i < toLength(argNames.Get("length")); i++ {
					var v goja.Value = goja.Undefined()
					if int(i) < len(values) {
						v = values[i]
					}
					_ = obj.Set(argNames.Get(itoa(int(i))).String(), v)
				}
				_ = resolve(obj)
			} else if len(values) > 0 {
				_ = resolve(values[0])
			} else {
				_ = resolve(goja.Undefined())
			}
			return goja.Undefined()
		})
		args := append(append([]goja.Value{}, fc.Arguments...), cb)
		if _, err := call(fc.This, args...); err != nil {
			ex, ok := err.(*goja.Exception)
			if !ok {
				panic(err)
			}
			_ = reject(ex.Value())
		}
		return vm.ToValue(p)
	}).(*goja.Object)
	_ = fn.SetPrototype(original.Prototype())
	_ = fn.DefineDataPropertySymbol(custom, fn, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	s.copyOwnProperties(fn, original, nil)
	return fn
}

// copyOwnProperties defines all of from's own property descriptors on to,
// after letting adjust change them.
func (s *state) copyOwnProperties(to, from *goja.Object, adjust func(descs *goja.Object)) {
	descs, err := s.in.getOwnPropertyDescriptors(goja.Undefined(), from)
	if err != nil {
		panic(err)
	}
	if adjust != nil {
		adjust(descs.(*goja.Object))
	}
	if _, err := s.in.defineProperties(goja.Undefined(), to, descs); err != nil {
		panic(err)
	}
}

// callbackify is util.callbackify(original): the returned function takes a
// callback last and calls it (on the next tick) with the promise's outcome.
func (s *state) callbackify(call goja.FunctionCall) goja.Value {
	vm := s.vm
	arg := call.Argument(0)
	original, isFunc := goja.AssertFunction(arg)
	if !isFunc {
		panic(nodeerr.InvalidArgType(vm, "original", "of type function", arg))
	}
	fn := vm.ToValue(func(fc goja.FunctionCall) goja.Value {
		args := fc.Arguments
		var last goja.Value = goja.Undefined()
		if len(args) > 0 {
			last, args = args[len(args)-1], args[:len(args)-1]
		}
		cb, ok := goja.AssertFunction(last)
		if !ok {
			panic(nodeerr.InvalidArgType(vm, "last argument", "of type function", last))
		}
		this := fc.This
		ret, err := original(this, args...)
		if err != nil {
			panic(err)
		}
		onFulfilled := func(c goja.FunctionCall) goja.Value {
			s.nextTick(cb, this, goja.Null(), c.Argument(0))
			return goja.Undefined()
		}
		onRejected := func(c goja.FunctionCall) goja.Value {
			reason := c.Argument(0)
			if !reason.ToBoolean() {
				e := nodeerr.Error(vm, "ERR_FALSY_VALUE_REJECTION", "Promise was rejected with falsy value")
				_ = e.Set("reason", reason)
				reason = e
			}
			s.nextTick(cb, this, reason)
			return goja.Undefined()
		}
		then, ok := goja.AssertFunction(vm.ToValue(ret).ToObject(vm).Get("then"))
		if !ok {
			panic(vm.NewTypeError("ret.then is not a function"))
		}
		if _, err := then(ret, vm.ToValue(onFulfilled), vm.ToValue(onRejected)); err != nil {
			panic(err)
		}
		return goja.Undefined()
	}).(*goja.Object)
	s.copyOwnProperties(fn, arg.(*goja.Object), func(descs *goja.Object) {
		if d, ok := descs.Get("length").(*goja.Object); ok && goja.IsNumber(prop(d, "value")) {
			_ = d.Set("value", d.Get("value").ToInteger()+1)
		}
		if d, ok := descs.Get("name").(*goja.Object); ok && goja.IsString(prop(d, "value")) {
			_ = d.Set("value", d.Get("value").String()+"Callbackified")
		}
	})
	return fn
}

// nextTick calls fn(args...) with this on the next tick through the global
// process.nextTick, or right away when there is none.
func (s *state) nextTick(fn goja.Callable, this goja.Value, args ...goja.Value) {
	vm := s.vm
	bound := vm.ToValue(func(goja.FunctionCall) goja.Value {
		if _, err := fn(this, args...); err != nil {
			panic(err)
		}
		return goja.Undefined()
	})
	if p, ok := vm.Get("process").(*goja.Object); ok {
		if tick, ok := goja.AssertFunction(p.Get("nextTick")); ok {
			if _, err := tick(p, bound); err != nil {
				panic(err)
			}
			return
		}
	}
	if _, err := fn(this, args...); err != nil {
		panic(err)
	}
}
