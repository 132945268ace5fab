package dns

import (
	"slices"
	"strings"

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
	promDef := func(goja.Value) *resolver { return s.promRes }

	base := s.resolverBase()
	cbClass := s.resolverClass(base, false)
	promClass := s.resolverClass(base, true)
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
	}
	// As in Node, dns.setServers configures the default resolver and points
	// dns.promises back at it, while dns.promises.setServers gives the
	// promises functions a new resolver of their own and leaves dns alone.
	set(s.exports, "setServers", func(call goja.FunctionCall) goja.Value {
		s.setServers(s.defaultRes, call.Argument(0))
		s.promRes = s.defaultRes
		return goja.Undefined()
	})
	set(s.promises, "setServers", func(call goja.FunctionCall) goja.Value {
		r := newResolver(systemConf())
		s.setServers(r, call.Argument(0))
		s.promRes = r
		return goja.Undefined()
	})
	set(s.exports, "ADDRCONFIG", hintAddrConfig)
	set(s.exports, "ALL", hintAll)
	set(s.exports, "V4MAPPED", hintV4Mapped)
	for _, o := range []*goja.Object{s.exports, s.promises} {
		for _, c := range errorCodes {
			set(o, c[0], c[1])
		}
	}
	set(s.exports, "getServers", func(goja.FunctionCall) goja.Value { return s.getServers(s.defaultRes) })
	set(s.promises, "getServers", func(goja.FunctionCall) goja.Value { return s.getServers(s.promRes) })
	s.defineQueries(s.exports, false, false, def)
	s.defineQueries(s.promises, true, false, promDef)
	_ = s.exports.DefineAccessorProperty("promises",
		vm.ToValue(func(goja.FunctionCall) goja.Value { return s.promises }), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// defineQueries defines resolve, resolve4, ... and reverse on o, in the
// order Node's module has them (resolve first, then alphabetically), or in
// that of Node's Resolver.prototype (the kinds' order, then reverse and
// resolve).
func (s *state) defineQueries(o *goja.Object, promise, prototypeOrder bool, resolverOf func(goja.Value) *resolver) {
	resolve, reverse := s.callbackResolve(resolverOf), s.callbackReverse(resolverOf)
	if promise {
		resolve, reverse = s.promiseResolve(resolverOf), s.promiseReverse(resolverOf)
	}
	ordered := kinds
	if !prototypeOrder {
		_ = o.Set("resolve", resolve)
		ordered = slices.SortedFunc(slices.Values(kinds), func(a, b *kind) int { return strings.Compare(a.method, b.method) })
	}
	for _, k := range ordered {
		if promise {
			_ = o.Set(k.method, s.promiseQuery(k, resolverOf))
		} else {
			_ = o.Set(k.method, s.callbackQuery(k, resolverOf))
		}
	}
	_ = o.Set("reverse", reverse)
	if prototypeOrder {
		_ = o.Set("resolve", resolve)
	}
}

// resolverBase builds the class both Resolver classes extend, with the
// methods that configure a resolver.
func (s *state) resolverBase() *webapi.Class {
	c := webapi.NewClass(s.vm, "ResolverBase", 0, nil, func(*goja.Object, []goja.Value) {})
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
	return c
}

// resolverClass builds dns.Resolver, or dns.promises.Resolver, on base.
func (s *state) resolverClass(base *webapi.Class, promise bool) *webapi.Class {
	vm := s.vm
	c := webapi.NewClass(vm, "Resolver", 0, base, func(this *goja.Object, args []goja.Value) {
		var options goja.Value = goja.Undefined()
		if len(args) > 0 {
			options = args[0]
		}
		r := s.resolverOptions(options)
		_ = this.DefineDataPropertySymbol(s.resolverKey, vm.ToValue(r), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	})
	_ = c.Proto.DeleteSymbol(goja.SymToStringTag)
	s.defineQueries(c.Proto, promise, true, s.resolverOf)
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
