package util

import (
	"os"
	"regexp"
	"strings"

	"github.com/dop251/goja"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// inherits is util.inherits(ctor, superCtor): ctor.super_ = superCtor and
// ctor.prototype inherits from superCtor.prototype.
func (s *state) inherits(call goja.FunctionCall) goja.Value {
	vm := s.vm
	ctor, superCtor := call.Argument(0), call.Argument(1)
	if !defined(ctor) || goja.IsNull(ctor) {
		panic(nodeerr.InvalidArgType(vm, "ctor", "of type function", ctor))
	}
	if !defined(superCtor) || goja.IsNull(superCtor) {
		panic(nodeerr.InvalidArgType(vm, "superCtor", "of type function", superCtor))
	}
	superProto := superCtor.ToObject(vm).Get("prototype")
	if !defined(superProto) {
		panic(nodeerr.InvalidArgType(vm, "superCtor.prototype", "of type object", superProto))
	}
	c := ctor.ToObject(vm)
	_ = c.DefineDataProperty("super_", superCtor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto, ok := c.Get("prototype").(*goja.Object)
	if !ok {
		panic(vm.NewTypeError("Object.setPrototypeOf called on null or undefined"))
	}
	var sp *goja.Object
	if o, ok := superProto.(*goja.Object); ok {
		sp = o
	} else if !goja.IsNull(superProto) {
		panic(vm.NewTypeError("Object prototype may only be an Object or null: " + superProto.String()))
	}
	if err := proto.SetPrototype(sp); err != nil {
		panic(err)
	}
	return goja.Undefined()
}

// debugEnabled reports whether NODE_DEBUG (a comma-separated list with *
// wildcards, case-insensitive) names section.
func debugEnabled(section string) bool {
	for _, pattern := range strings.Split(os.Getenv("NODE_DEBUG"), ",") {
		pattern = strings.TrimSpace(pattern)
		if pattern == "" {
			continue
		}
		re := "^(?i)" + strings.ReplaceAll(regexp.QuoteMeta(pattern), `\*`, ".*") + "$"
		if ok, _ := regexp.MatchString(re, section); ok {
			return true
		}
	}
	return false
}

// debuglog is util.debuglog(section[, cb]): a logger that writes
// "SECTION pid: message" to stderr when NODE_DEBUG enables the section.
func (s *state) debuglog(call goja.FunctionCall) goja.Value {
	vm := s.vm
	section := strings.ToUpper(call.Argument(0).String())
	enabled := debugEnabled(section)
	logger := newFunction(vm, "debug", 0, func(c goja.FunctionCall) goja.Value {
		if !enabled {
			return goja.Undefined()
		}
		msg := section + " " + itoa(os.Getpid()) + ": " + Format(vm, c.Arguments) + "\n"
		if p, ok := vm.Get("process").(*goja.Object); ok {
			if stderr, ok := p.Get("stderr").(*goja.Object); ok {
				if write, ok := goja.AssertFunction(stderr.Get("write")); ok {
					if _, err := write(stderr, vm.ToValue(msg)); err != nil {
						panic(err)
					}
					return goja.Undefined()
				}
			}
		}
		_, _ = os.Stderr.WriteString(msg)
		return goja.Undefined()
	})
	_ = logger.Set("enabled", enabled)
	if cb, ok := goja.AssertFunction(call.Argument(1)); ok {
		if _, err := cb(goja.Undefined(), logger); err != nil {
			panic(err)
		}
	}
	return logger
}

// stripVTControlCharacters is util.stripVTControlCharacters(str).
func (s *state) stripVTControlCharacters(call goja.FunctionCall) goja.Value {
	str := call.Argument(0)
	if !goja.IsString(str) {
		panic(nodeerr.InvalidArgType(s.vm, "str", "of type string", str))
	}
	return s.vm.ToValue(stripVT(str.String()))
}

// toUSVString is util.toUSVString(string): lone surrogates become U+FFFD.
func (s *state) toUSVString(call goja.FunctionCall) goja.Value {
	units := utf16Of(call.Argument(0).ToString())
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u >= 0xd800 && u <= 0xdbff && i+1 < len(units) && units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff:
			i++
		case u >= 0xd800 && u <= 0xdfff:
			units[i] = 0xfffd
		}
	}
	return goja.StringFromUTF16(units)
}

// extend is the legacy util._extend(target, source): copies source's own
// enumerable properties onto target.
func (s *state) extend(call goja.FunctionCall) goja.Value {
	target := call.Argument(0)
	source, ok := call.Argument(1).(*goja.Object)
	t, isObj := target.(*goja.Object)
	if !ok || !isObj {
		return target
	}
	for _, k := range source.Keys() {
		_ = t.Set(k, source.Get(k))
	}
	return target
}
