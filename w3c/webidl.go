package w3c

import (
	"math"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/webapi"
)

// ctx names the operation an argument belongs to, as browsers start their
// WebIDL error messages: "Failed to construct 'TCPSocket'". The message is
// only built for an error: every send() makes a ctx.
type ctx struct {
	verb  string // construct, execute or set
	name  string // the member, or the class constructed
	class string // the interface; "" for a global function
}

func constructing(class string) ctx { return ctx{verb: "construct", name: class} }

func executing(method, class string) ctx { return ctx{verb: "execute", name: method, class: class} }

func setting(attr, class string) ctx { return ctx{verb: "set", name: attr, class: class} }

// String is the start of the error messages: "Failed to execute 'send' on
// 'TCPSocket'".
func (c ctx) String() string {
	switch {
	case c.verb == "set":
		return "Failed to set the '" + c.name + "' property on '" + c.class + "'"
	case c.class == "":
		return "Failed to " + c.verb + " '" + c.name + "'"
	}
	return "Failed to " + c.verb + " '" + c.name + "' on '" + c.class + "'"
}

// typeError returns a TypeError whose message starts with c.
func (r *realm) typeError(c ctx, msg string) *goja.Object {
	return r.vm.NewTypeError(c.String() + ": " + msg)
}

// domError returns a DOMException named name whose message starts with c.
func (r *realm) domError(c ctx, name, msg string) *goja.Object {
	return webapi.NewDOMException(r.vm, c.String()+": "+msg, name)
}

// invalidState returns the InvalidStateError of a call in the wrong
// readyState.
func (r *realm) invalidState(c ctx, msg string) *goja.Object {
	return r.domError(c, "InvalidStateError", msg)
}

// requireArgs throws the TypeError of a call with fewer than n arguments.
func (r *realm) requireArgs(c ctx, args []goja.Value, n int) {
	if len(args) >= n {
		return
	}
	noun := " argument required"
	if n > 1 {
		noun = " arguments required"
	}
	panic(r.typeError(c, strconv.Itoa(n)+noun+", but only "+strconv.Itoa(len(args))+" present."))
}

// arg returns args[i], or undefined.
func arg(args []goja.Value, i int) goja.Value {
	if i < len(args) {
		return args[i]
	}
	return goja.Undefined()
}

// isNullish reports whether v is absent, undefined or null.
func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// isAbsent reports whether v is absent or undefined (WebIDL's "not
// present" for an optional argument or a dictionary member).
func isAbsent(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v)
}

// toDOMString converts v as WebIDL's DOMString does; a Symbol is a
// TypeError.
func (r *realm) toDOMString(c ctx, v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		panic(r.typeError(c, "Cannot convert a Symbol value to a string."))
	}
	if v == nil {
		return "undefined"
	}
	return v.String()
}

// enforceRange converts v to an integer as WebIDL's [EnforceRange] does:
// NaN, infinities and values outside [lo, hi] are a TypeError naming what
// and the type (e.g. "unsigned short").
func (r *realm) enforceRange(c ctx, what string, v goja.Value, lo, hi float64, typ string) int64 {
	if _, ok := v.(*goja.Symbol); ok {
		panic(r.typeError(c, "Cannot convert a Symbol value to a number."))
	}
	if goja.IsBigInt(v) {
		panic(r.typeError(c, "Cannot convert a BigInt value to a number."))
	}
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		panic(r.typeError(c, "The '"+what+"' value is not a finite '"+typ+"'."))
	}
	f = math.Trunc(f)
	if f < lo || f > hi {
		panic(r.typeError(c, "The '"+what+"' value is outside the '"+typ+"' value range."))
	}
	return int64(f)
}

// port converts a port argument: [EnforceRange] unsigned short.
func (r *realm) port(c ctx, what string, v goja.Value) int {
	return int(r.enforceRange(c, what, v, 0, 65535, "unsigned short"))
}

// unsignedLong converts v as [EnforceRange] unsigned long.
func (r *realm) unsignedLong(c ctx, what string, v goja.Value) int64 {
	return r.enforceRange(c, what, v, 0, math.MaxUint32, "unsigned long")
}

// strictBool returns v if it is a boolean and throws a TypeError
// otherwise: setOption checks the type rather than converting.
func (r *realm) strictBool(c ctx, what string, v goja.Value) bool {
	if b, ok := v.Export().(bool); ok && !isObject(v) {
		return b
	}
	panic(r.typeError(c, "The '"+what+"' value must be a boolean."))
}

// isObject reports whether v is an object.
func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}

// toEnum converts v to a string and checks it names one of the values.
func (r *realm) toEnum(c ctx, what string, v goja.Value, values ...string) string {
	s := r.toDOMString(c, v)
	for _, allowed := range values {
		if s == allowed {
			return s
		}
	}
	panic(r.typeError(c, "The provided value '"+s+"' is not a valid enum value for '"+what+"'."))
}

// dictionary returns an options argument as an object: nil for undefined
// or null, a TypeError for anything that is not an object.
func (r *realm) dictionary(c ctx, v goja.Value, typ string) *goja.Object {
	if isNullish(v) {
		return nil
	}
	o, ok := v.(*goja.Object)
	if !ok {
		panic(r.typeError(c, "The provided value is not of type '"+typ+"'."))
	}
	return o
}

// localArgs reads a socket constructor's local address and port from
// args[i:], in either of the forms the proposal allows: a dictionary at
// args[i] holding localAddress and localPort (which it also returns as the
// options), or the two as args[i] and args[i+1] followed by an options
// dictionary of type typ.
func (r *realm) localArgs(c ctx, args []goja.Value, i int, typ string) (addr, port goja.Value, d *goja.Object) {
	if first, ok := arg(args, i).(*goja.Object); ok {
		return member(first, "localAddress"), member(first, "localPort"), first
	}
	addr, port = arg(args, i), arg(args, i+1)
	return addr, port, r.dictionary(c, arg(args, i+2), typ)
}

// member returns a dictionary member, or nil when it is absent.
func member(o *goja.Object, name string) goja.Value {
	if o == nil {
		return nil
	}
	v := o.Get(name)
	if isAbsent(v) {
		return nil
	}
	return v
}

// memberEither returns the member name, or else its alias.
func memberEither(o *goja.Object, name, alias string) goja.Value {
	if v := member(o, name); v != nil {
		return v
	}
	return member(o, alias)
}

// stringList converts a string or a sequence of strings: as WebIDL resolves
// the union, an object with an @@iterator (an Array, a Set, a generator) is
// the sequence and anything else is converted to one string.
func (r *realm) stringList(c ctx, what string, v goja.Value) []string {
	o, ok := v.(*goja.Object)
	if !ok {
		return []string{r.toDOMString(c, v)}
	}
	if !isArray(o) {
		if isNullish(o.GetSymbol(goja.SymIterator)) {
			return []string{r.toDOMString(c, v)}
		}
		o = r.arrayFrom(o)
	}
	n := int(o.Get("length").ToInteger())
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, r.toDOMString(c, o.Get(strconv.Itoa(i))))
	}
	return out
}

// isArray reports whether o is an Array.
func isArray(o *goja.Object) bool {
	return o.ClassName() == "Array"
}
