package util

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// Format is util.format(...args): printf-like substitution of %s %d %i %f %j
// %o %O %c %% in a leading string, then the remaining arguments, strings as
// they are and other values inspected, joined by spaces.
func Format(vm *goja.Runtime, args []goja.Value) string {
	return FormatWithOptions(vm, DefaultOptions(vm), args)
}

// FormatWithOptions is util.formatWithOptions(opts, ...args).
func FormatWithOptions(vm *goja.Runtime, opts InspectOptions, args []goja.Value) string {
	f := formatter{s: stateOf(vm), opts: opts}
	return f.format(args)
}

// formatter carries what one util.format call needs.
type formatter struct {
	s    *state
	opts InspectOptions
}

// inspect formats v with the formatter's options adjusted by tweak.
func (f formatter) inspect(v goja.Value, tweak func(*InspectOptions)) string {
	opts := f.opts
	if tweak != nil {
		tweak(&opts)
	}
	return newInspectCtx(f.s, opts).formatValue(v, 0, false)
}

// plainNumber formats a number without colors or separators.
func (f formatter) plainNumber(v goja.Value) string {
	c := inspectCtx{}
	return c.formatNumber(v.ToFloat())
}

// format implements Node's formatWithOptionsInternal.
func (f formatter) format(args []goja.Value) string {
	if len(args) == 0 {
		return ""
	}
	var b strings.Builder
	a := 0
	join := ""
	if goja.IsString(args[0]) {
		first := args[0].String()
		if len(args) == 1 {
			return first
		}
		lastPos := 0
		for i := 0; i < len(first)-1; i++ {
			if first[i] != '%' {
				continue
			}
			i++
			next := first[i]
			if a+1 == len(args) {
				if next == '%' {
					b.WriteString(first[lastPos:i])
					lastPos = i + 1
				}
				continue
			}
			var sub string
			switch next {
			case 's':
				a++
				sub = f.formatS(args[a])
			case 'j':
				a++
				sub = f.formatJSON(args[a])
			case 'd':
				a++
				sub = f.formatD(args[a])
			case 'O':
				a++
				sub = f.inspect(args[a], nil)
			case 'o':
				a++
				sub = f.inspect(args[a], func(o *InspectOptions) {
					o.ShowHidden, o.ShowProxy, o.Depth = true, true, 4
				})
			case 'i':
				a++
				if goja.IsBigInt(args[a]) {
					sub = args[a].String() + "n"
				} else {
					sub = f.formatNumeric(args[a], f.s.in.parseInt)
				}
			case 'f':
				a++
				sub = f.formatNumeric(args[a], f.s.in.parseFloat)
			case 'c':
				a++
			case '%':
				b.WriteString(first[lastPos:i])
				lastPos = i + 1
				continue
			default:
				continue
			}
			if lastPos != i-1 {
				b.WriteString(first[lastPos : i-1])
			}
			b.WriteString(sub)
			lastPos = i + 1
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(first) {
				b.WriteString(first[lastPos:])
			}
		}
	}
	for ; a < len(args); a++ {
		b.WriteString(join)
		if goja.IsString(args[a]) {
			b.WriteString(args[a].String())
		} else {
			b.WriteString(f.inspect(args[a], nil))
		}
		join = " "
	}
	return b.String()
}

// formatS is %s: numbers and bigints as inspect shows them, objects without
// their own toString inspected shallowly, everything else String(v).
func (f formatter) formatS(v goja.Value) string {
	switch {
	case goja.IsNumber(v):
		return f.plainNumber(v)
	case goja.IsBigInt(v):
		return v.String() + "n"
	}
	o, ok := v.(*goja.Object)
	if !ok {
		if sym, isSym := v.(*goja.Symbol); isSym {
			return symbolString(sym)
		}
		return v.String()
	}
	if _, isFunc := goja.AssertFunction(o); isFunc || !f.hasBuiltInToString(o) {
		return o.String()
	}
	return f.inspect(v, func(o *InspectOptions) {
		o.Depth, o.Colors, o.Compact = 0, false, 3
	})
}

// formatD is %d: Number(v), bigints kept, symbols NaN.
func (f formatter) formatD(v goja.Value) string {
	switch {
	case goja.IsBigInt(v):
		return v.String() + "n"
	case isSymbol(v):
		return "NaN"
	}
	return f.plainNumber(v.ToNumber())
}

// formatNumeric is %i and %f: parseInt/parseFloat of v, symbols NaN.
func (f formatter) formatNumeric(v goja.Value, parse goja.Callable) string {
	if isSymbol(v) {
		return "NaN"
	}
	n, err := parse(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	return f.plainNumber(n)
}

// isSymbol reports whether v is a symbol primitive.
func isSymbol(v goja.Value) bool {
	_, ok := v.(*goja.Symbol)
	return ok
}

// formatJSON is %j: JSON.stringify, "[Circular]" for circular structures.
func (f formatter) formatJSON(v goja.Value) string {
	r, err := f.s.in.jsonStringify(goja.Undefined(), v)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if eo, ok := ex.Value().(*goja.Object); ok && prop(eo, "name").String() == "TypeError" &&
				strings.Contains(strings.ToLower(prop(eo, "message").String()), "circular") {
				return "[Circular]"
			}
		}
		panic(err)
	}
	return r.String()
}

// builtInConstructors are the global constructors of the JS engine, whose
// toString methods %s does not call directly.
var builtInConstructors = map[string]bool{
	"Object": true, "Function": true, "Array": true, "Number": true, "Boolean": true,
	"String": true, "Symbol": true, "Date": true, "Promise": true, "RegExp": true,
	"Error": true, "AggregateError": true, "EvalError": true, "RangeError": true,
	"ReferenceError": true, "SyntaxError": true, "TypeError": true, "URIError": true,
	"ArrayBuffer": true, "Uint8Array": true, "Int8Array": true, "Uint16Array": true,
	"Int16Array": true, "Uint32Array": true, "Int32Array": true, "Float32Array": true,
	"Float64Array": true, "Uint8ClampedArray": true, "BigUint64Array": true,
	"BigInt64Array": true, "DataView": true, "Map": true, "BigInt": true, "Set": true,
	"WeakMap": true, "WeakSet": true, "Proxy": true, "Reflect": true,
	"SharedArrayBuffer": true, "WeakRef": true, "FinalizationRegistry": true,
}

// hasBuiltInToString reports whether the nearest toString or
// Symbol.toPrimitive on o's prototype chain belongs to a built-in (so %s
// inspects o rather than converting it).
func (f formatter) hasBuiltInToString(o *goja.Object) bool {
	for jskind.IsProxy(o) {
		if o = o.Export().(goja.Proxy).Target(); o == nil {
			return true
		}
	}
	_, hasToString := goja.AssertFunction(o.Get("toString"))
	_, hasToPrimitive := goja.AssertFunction(o.GetSymbol(goja.SymToPrimitive))
	if !hasToString && !hasToPrimitive {
		return true
	}
	own := func(p *goja.Object) bool {
		for _, key := range []goja.Value{f.s.vm.ToValue("toString"), goja.SymToPrimitive} {
			if v, err := f.s.in.hasOwnProperty(p, key); err == nil && v.ToBoolean() {
				return true
			}
		}
		return false
	}
	if own(o) {
		return false
	}
	p := o.Prototype()
	for p != nil && !own(p) {
		p = p.Prototype()
	}
	if p == nil {
		return true
	}
	d, err := f.s.in.getOwnPropertyDescriptor(goja.Undefined(), p, f.s.vm.ToValue("constructor"))
	desc, isObj := d.(*goja.Object)
	if err != nil || !isObj {
		return false
	}
	ctor, isObj := desc.Get("value").(*goja.Object)
	if !isObj {
		return false
	}
	if _, isFunc := goja.AssertFunction(ctor); !isFunc {
		return false
	}
	return builtInConstructors[prop(ctor, "name").String()]
}
