package dns

import (
	"math"
	"net/netip"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// jsLookup is dns.lookup(hostname[, options], callback).
func (s *state) jsLookup(call goja.FunctionCall) goja.Value {
	vm := s.vm
	hostname, options, cb := call.Argument(0), call.Argument(1), call.Argument(2)
	s.checkHostname(hostname)
	var p lookupParams
	switch {
	case isFunction(options):
		cb, p = options, lookupParams{order: s.order}
	case isNumber(options):
		jsarg.Function(vm, cb, "callback")
		p = s.lookupOptions(options)
	case !isNullish(options) && !isObject(options):
		if len(call.Arguments) == 2 {
			cb = options
		}
		jsarg.Function(vm, cb, "callback")
		panic(nodeerr.InvalidArgType(vm, "options", "of type object or integer", options))
	default:
		jsarg.Function(vm, cb, "callback")
		p = s.lookupOptions(options)
	}
	fn, _ := goja.AssertFunction(cb)
	s.withCallback(s.lookupRequest(hostname, p, func(f func()) { nextTick(s.host(), f) }), fn)
	req := vm.NewObject()
	if !isFalsy(hostname) {
		if _, err := netip.ParseAddr(hostname.String()); err != nil {
			_ = req.Set("callback", cb)
			_ = req.Set("family", p.family)
			_ = req.Set("hostname", hostname)
			_ = req.Set("oncomplete", s.oncomplete())
		}
	}
	return req
}

// jsLookupPromise is dns.promises.lookup(hostname[, options]).
func (s *state) jsLookupPromise(call goja.FunctionCall) goja.Value {
	vm := s.vm
	hostname, options := call.Argument(0), call.Argument(1)
	s.checkHostname(hostname)
	if !isNullish(options) && !isObject(options) && !isNumber(options) {
		panic(nodeerr.InvalidArgType(vm, "options", "of type object or integer", options))
	}
	return s.withPromise(s.lookupRequest(hostname, s.lookupOptions(options), func(f func()) { f() }))
}

// checkHostname throws unless hostname is a string or falsy.
func (s *state) checkHostname(hostname goja.Value) {
	if !isFalsy(hostname) {
		validateString(s.vm, hostname, "hostname")
	}
}

// lookupOptions reads dns.lookup's second argument: a family number, or an
// options object (null and undefined give the defaults).
func (s *state) lookupOptions(options goja.Value) lookupParams {
	vm := s.vm
	p := lookupParams{order: s.order}
	if isNumber(options) {
		validateOneOf(vm, options, "family", 0, 4, 6)
		p.family = int(options.ToInteger())
		return p
	}
	o, ok := options.(*goja.Object)
	if !ok {
		return p
	}
	if v := o.Get("hints"); !isNullish(v) {
		p.hints = int(toUint32(validateNumber(vm, v, "options.hints")))
		if p.hints&^(hintAddrConfig|hintAll|hintV4Mapped) != 0 {
			panic(nodeerr.InvalidArgValue(vm, "hints", vm.ToValue(p.hints), ""))
		}
	}
	if v := o.Get("family"); !isNullish(v) {
		switch v.String() {
		case "IPv4":
			p.family = 4
		case "IPv6":
			p.family = 6
		default:
			validateOneOf(vm, v, "options.family", 0, 4, 6)
			p.family = int(v.ToInteger())
		}
	}
	if v := o.Get("all"); !isNullish(v) {
		p.all = validateBoolean(vm, v, "options.all")
	}
	if v := o.Get("verbatim"); !isNullish(v) {
		p.order = orderIPv4First
		if validateBoolean(vm, v, "options.verbatim") {
			p.order = orderVerbatim
		}
	}
	if v := o.Get("order"); !isNullish(v) {
		validateOneOf(vm, v, "options.order", orderVerbatim, orderIPv4First, orderIPv6First)
		p.order = v.String()
	}
	return p
}

// lookupRequest is the lookup of hostname: values (address, family), or
// ([{address, family}...]) with all; the promise gets an object or the
// array. A falsy hostname or an IP literal is answered through answerNow
// (the nextTick queue for the callback form, at once for the promise form,
// as in Node).
func (s *state) lookupRequest(hostname goja.Value, p lookupParams, answerNow func(func())) request {
	vm := s.vm
	r := request{promised: func(vals []goja.Value) goja.Value {
		if p.all {
			return vals[0]
		}
		return object(vm, "address", vals[0], "family", vals[1])
	}}
	if isFalsy(hostname) {
		s.warnInvalidHostname(hostname)
		family := 4
		if p.family == 6 {
			family = 6
		}
		r.start = func(finish func([]goja.Value, goja.Value)) {
			answerNow(func() {
				if p.all {
					finish([]goja.Value{vm.NewArray()}, nil)
				} else {
					finish([]goja.Value{goja.Null(), vm.ToValue(family)}, nil)
				}
			})
		}
		return r
	}
	name := hostname.String()
	literal, err := netip.ParseAddr(name)
	r.start = func(finish func([]goja.Value, goja.Value)) {
		if err == nil { // an IP literal comes back as written
			answerNow(func() { finish(s.lookupValues([]goja.Value{hostname}, []int{familyOf(literal)}, p.all), nil) })
			return
		}
		lookupAddrs(s.host(), name, p, func(addrs []netip.Addr, err *sockerr.Error) {
			if err != nil {
				finish(nil, nodeerr.FromSocket(vm, err))
				return
			}
			strs, families := make([]goja.Value, len(addrs)), make([]int, len(addrs))
			for i, a := range addrs {
				strs[i], families[i] = vm.ToValue(a.String()), familyOf(a)
			}
			finish(s.lookupValues(strs, families, p.all), nil)
		})
	}
	return r
}

// lookupValues are the callback's values for the addresses found.
func (s *state) lookupValues(addrs []goja.Value, families []int, all bool) []goja.Value {
	vm := s.vm
	if !all {
		return []goja.Value{addrs[0], vm.ToValue(families[0])}
	}
	list := make([]any, len(addrs))
	for i := range addrs {
		list[i] = object(vm, "address", addrs[i], "family", families[i])
	}
	return []goja.Value{vm.NewArray(list...)}
}

// familyOf is an address's family number.
func familyOf(a netip.Addr) int {
	if a.Is4() {
		return 4
	}
	return 6
}

// warnInvalidHostname emits DEP0118 once, as Node does for a falsy hostname.
func (s *state) warnInvalidHostname(hostname goja.Value) {
	if s.warnedEmpty {
		return
	}
	s.warnedEmpty = true
	process, _ := s.vm.Get("process").(*goja.Object)
	if process == nil {
		return
	}
	if emit, ok := goja.AssertFunction(process.Get("emitWarning")); ok {
		msg := `The provided hostname "` + hostname.String() + `" is not a valid hostname, and is supported in the dns module solely for compatibility.`
		_, err := emit(process, s.vm.ToValue(msg), s.vm.ToValue("DeprecationWarning"), s.vm.ToValue("DEP0118"))
		if err != nil {
			panic(err)
		}
	}
}

// isFunction reports whether v is callable.
func isFunction(v goja.Value) bool {
	_, ok := goja.AssertFunction(v)
	return ok
}

// isFalsy reports whether v converts to false.
func isFalsy(v goja.Value) bool {
	return v == nil || !v.ToBoolean()
}

// toUint32 is JavaScript's ToUint32 of a number (x >>> 0).
func toUint32(f float64) uint32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return uint32(int64(math.Mod(math.Trunc(f), 1<<32)))
}
