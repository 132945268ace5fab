package dns

import (
	"net/netip"

	"github.com/dop251/goja"
	"golang.org/x/net/dns/dnsmessage"
	"golang.org/x/net/idna"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// errnoEINVAL is the errno of reverse's EINVAL for a name that is no IP.
const errnoEINVAL = -22

// resolveRequest is the query of kind k for name: the records converted
// for JavaScript, or Node's error naming the query.
func (s *state) resolveRequest(r *resolver, k *kind, name string, ttl bool) request {
	vm := s.vm
	ascii, err := idna.Punycode.ToASCII(name)
	if err != nil {
		ascii = name
	}
	return request{start: func(finish func([]goja.Value, goja.Value)) {
		r.query(s.host(), ascii, k.qtype, func(msg *dnsmessage.Message, code string) {
			if code == "" {
				if v, ok := k.convert(vm, answers(msg, k.qtype), ttl); ok {
					finish([]goja.Value{v}, nil)
					return
				}
				code = codeNoData
			}
			finish(nil, dnsError(vm, k.syscall, code, name, 0))
		})
	}}
}

// reverseRequest is reverse(ip): the names, or getHostByAddr's error. A
// name that is not an IP address fails with EINVAL: thrown by the callback
// form (throwNow), a rejection of the promise form.
func (s *state) reverseRequest(r *resolver, name string, throwNow bool) request {
	vm := s.vm
	ip, err := netip.ParseAddr(name)
	if err != nil {
		einval := dnsError(vm, "getHostByAddr", "EINVAL", name, errnoEINVAL)
		if throwNow {
			panic(einval)
		}
		return request{start: func(finish func([]goja.Value, goja.Value)) { finish(nil, einval) }}
	}
	return request{start: func(finish func([]goja.Value, goja.Value)) {
		r.reverse(s.host(), ip, func(names []string, code string) {
			if code != "" {
				finish(nil, dnsError(vm, "getHostByAddr", code, name, 0))
				return
			}
			list := make([]any, len(names))
			for i, n := range names {
				list[i] = n
			}
			finish([]goja.Value{vm.NewArray(list...)}, nil)
		})
	}}
}

// queryArgs reads (name[, options], callback) of a callback-form query:
// options count only when a third argument is given, as in Node.
func (s *state) queryArgs(call goja.FunctionCall) (name string, ttl bool, cb goja.Callable) {
	cbArg, options := call.Argument(1), goja.Undefined()
	if len(call.Arguments) > 2 {
		options, cbArg = call.Argument(1), call.Argument(2)
	}
	name = validateString(s.vm, call.Argument(0), "name")
	cb = jsarg.Function(s.vm, cbArg, "callback")
	return name, wantsTTL(options), cb
}

// wantsTTL reports whether a query's options ask for TTLs.
func wantsTTL(options goja.Value) bool {
	o, ok := options.(*goja.Object)
	return ok && o.Get("ttl") != nil && o.Get("ttl").ToBoolean()
}

// callbackQuery returns the callback form of kind k's method on the
// resolver resolverOf gives for this.
func (s *state) callbackQuery(k *kind, resolverOf func(goja.Value) *resolver) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		r := resolverOf(call.This)
		name, ttl, cb := s.queryArgs(call)
		s.withCallback(s.resolveRequest(r, k, name, ttl), cb)
		return s.queryReq(k.method, name, ttl, cb)
	}
}

// promiseQuery returns the promise form of kind k's method.
func (s *state) promiseQuery(k *kind, resolverOf func(goja.Value) *resolver) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		r := resolverOf(call.This)
		name := validateString(s.vm, call.Argument(0), "name")
		return s.withPromise(s.resolveRequest(r, k, name, wantsTTL(call.Argument(1))))
	}
}

// queryReq is the object a callback-form query returns, describing it as
// Node's QueryReqWrap does.
func (s *state) queryReq(binding, name string, ttl bool, cb goja.Callable) *goja.Object {
	return object(s.vm, "bindingName", binding, "callback", cb, "hostname", name, "oncomplete", s.oncomplete(), "ttl", ttl)
}

// oncomplete is the request objects' oncomplete property. The results do
// not go through it, but Node's request objects have one.
func (s *state) oncomplete() goja.Value {
	if s.oncompleteFn == nil {
		s.oncompleteFn = s.vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
	return s.oncompleteFn
}

// callbackResolve is resolve(hostname[, rrtype], callback).
func (s *state) callbackResolve(resolverOf func(goja.Value) *resolver) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		k, cb := kindByType("A"), call.Argument(2)
		switch rrtype := call.Argument(1); {
		case isString(rrtype):
			if k = kindByType(rrtype.String()); k == nil {
				panic(nodeerr.InvalidArgValue(s.vm, "rrtype", rrtype, ""))
			}
		case isFunction(rrtype):
			cb = rrtype
		default:
			panic(nodeerr.InvalidArgType(s.vm, "rrtype", "of type string", rrtype))
		}
		return s.callbackQuery(k, resolverOf)(goja.FunctionCall{This: call.This, Arguments: []goja.Value{call.Argument(0), cb}})
	}
}

// promiseResolve is promises.resolve(hostname[, rrtype]).
func (s *state) promiseResolve(resolverOf func(goja.Value) *resolver) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		k := kindByType("A")
		if rrtype := call.Argument(1); !goja.IsUndefined(rrtype) {
			validateString(s.vm, rrtype, "rrtype")
			if k = kindByType(rrtype.String()); k == nil {
				panic(nodeerr.InvalidArgValue(s.vm, "rrtype", rrtype, ""))
			}
		}
		return s.promiseQuery(k, resolverOf)(goja.FunctionCall{This: call.This, Arguments: []goja.Value{call.Argument(0)}})
	}
}

// callbackReverse is reverse(ip, callback).
func (s *state) callbackReverse(resolverOf func(goja.Value) *resolver) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		r := resolverOf(call.This)
		name, _, cb := s.queryArgs(call)
		s.withCallback(s.reverseRequest(r, name, true), cb)
		return s.queryReq("getHostByAddr", name, false, cb)
	}
}

// promiseReverse is promises.reverse(ip).
func (s *state) promiseReverse(resolverOf func(goja.Value) *resolver) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		r := resolverOf(call.This)
		return s.withPromise(s.reverseRequest(r, validateString(s.vm, call.Argument(0), "name"), false))
	}
}
