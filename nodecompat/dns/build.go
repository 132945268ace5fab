package dns

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/webapi"
)

// build creates the dns and dns/promises module objects.
func (s *state) build() {
	vm := s.vm
	s.exports, s.promises = vm.NewObject(), vm.NewObject()
	lookup := vm.ToValue(s.jsLookup).(*goja.Object)
	s.lookupFn = lookup
	def := func(goja.Value) *resolver { return s.defaultRes }

	cbClass := s.resolverClass(false)
	promClass := s.resolverClass(true)
	set := func(o *goja.Object, name string, v any) { _ = o.Set(name, v) }

	set(s.exports, "lookup", lookup)
	set(s.exports, "lookupService", s.jsLookupService)
	set(s.exports, "Resolver", cbClass.Ctor)
	set(s.promises, "lookup", s.jsLookupPromise)
	set(s.promises, "lookupService", s.jsLookupServicePromise)
	set(s.promises, "Resolver", promClass.Ctor)
	for _, o := range []*goja.Object{s.exports, s.promises} {
		set(o, "getDefaultResultOrder", s.getDefaultResultOrder)
		set(o, "setDefaultResultOrder", s.setDefaultResultOrder)
		set(o, "setServers", func(call goja.FunctionCall) goja.Value {
			s.setServers(s.defaultRes, call.Argument(0))
			return goja.Undefined()
		})
	}
	set(s.exports, "ADDRCONFIG", hintAddrConfig)
	set(s.exports, "ALL", hintAll)
	set(s.exports, "V4MAPPED", hintV4Mapped)
	for _, o := range []*goja.Object{s.exports, s.promises} {
		for _, c := range errorCodes {
			set(o, c[0], c[1])
		}
		set(o, "getServers", func(goja.FunctionCall) goja.Value { return s.getServers(s.defaultRes) })
	}
	s.defineQueries(s.exports, false, def)
	s.defineQueries(s.promises, true, def)
	_ = s.exports.DefineAccessorProperty("promises",
		vm.ToValue(func(goja.FunctionCall) goja.Value { return s.promises }), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// defineQueries defines resolve, resolve4, ... and reverse on o, in Node's
// order, in callback or promise form.
func (s *state) defineQueries(o *goja.Object, promise bool, resolverOf func(goja.Value) *resolver) {
	if promise {
		_ = o.Set("resolve", s.promiseResolve(resolverOf))
	} else {
		_ = o.Set("resolve", s.callbackResolve(resolverOf))
	}
	for _, k := range kinds {
		if k.method == "resolveAny" {
			continue // defined below, where Node's module has it
		}
		s.defineQuery(o, k, promise, resolverOf)
	}
	s.defineQuery(o, kinds[0], promise, resolverOf)
	if promise {
		_ = o.Set("reverse", s.promiseReverse(resolverOf))
	} else {
		_ = o.Set("reverse", s.callbackReverse(resolverOf))
	}
}

// defineQuery defines one resolve method on o.
func (s *state) defineQuery(o *goja.Object, k *kind, promise bool, resolverOf func(goja.Value) *resolver) {
	if promise {
		_ = o.Set(k.method, s.promiseQuery(k, resolverOf))
	} else {
		_ = o.Set(k.method, s.callbackQuery(k, resolverOf))
	}
}

// resolverClass builds dns.Resolver, or dns.promises.Resolver.
func (s *state) resolverClass(promise bool) *webapi.Class {
	vm := s.vm
	c := webapi.NewClass(vm, "Resolver", 0, nil, func(this *goja.Object, args []goja.Value) {
		var options goja.Value = goja.Undefined()
		if len(args) > 0 {
			options = args[0]
		}
		r := s.resolverOptions(options)
		_ = this.DefineDataPropertySymbol(s.resolverKey, vm.ToValue(r), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	})
	_ = c.Proto.DeleteSymbol(goja.SymToStringTag)
	of := s.resolverOf
	c.Method("cancel", 0, func(call goja.FunctionCall) goja.Value {
		of(call.This).cancelAll()
		return goja.Undefined()
	})
	c.Method("getServers", 0, func(call goja.FunctionCall) goja.Value { return s.getServers(of(call.This)) })
	c.Method("setServers", 1, func(call goja.FunctionCall) goja.Value {
		s.setServers(of(call.This), call.Argument(0))
		return goja.Undefined()
	})
	c.Method("setLocalAddress", 2, func(call goja.FunctionCall) goja.Value {
		s.setLocalAddress(of(call.This), call.Argument(0), call.Argument(1))
		return goja.Undefined()
	})
	s.defineQueries(c.Proto, promise, of)
	return c
}

// resolverOf returns the Go resolver of a Resolver object.
func (s *state) resolverOf(this goja.Value) *resolver {
	if o, ok := this.(*goja.Object); ok {
		if v := o.GetSymbol(s.resolverKey); v != nil {
			if r, ok := v.Export().(*resolver); ok {
				return r
			}
		}
	}
	panic(s.vm.NewTypeError("Illegal invocation"))
}

// getDefaultResultOrder is dns.getDefaultResultOrder().
func (s *state) getDefaultResultOrder(goja.FunctionCall) goja.Value {
	return s.vm.ToValue(s.order)
}

// setDefaultResultOrder is dns.setDefaultResultOrder(order).
func (s *state) setDefaultResultOrder(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	validateOneOf(s.vm, v, "dnsOrder", orderVerbatim, orderIPv4First, orderIPv6First)
	s.order = v.String()
	return goja.Undefined()
}
