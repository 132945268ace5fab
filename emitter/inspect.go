package emitter

import (
	"math"
	"math/big"
	"regexp"
	"strings"

	"github.com/dop251/goja"
)

// inspect formats v for ERR_UNHANDLED_ERROR the way util.inspect does for
// the values emitted as errors in practice: primitives exactly, arrays and
// plain objects on one line, two levels deep. (The full util.inspect lives
// in nodecompat/util, which this package must not import: the W3C façade
// uses emitter too.)
func inspect(v goja.Value) string {
	return inspectDepth(v, 0)
}

// maxInspectDepth is util.inspect's default depth.
const maxInspectDepth = 2

// identifier matches property names util.inspect leaves unquoted.
var identifier = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// inspectDepth formats v nested depth levels deep.
func inspectDepth(v goja.Value, depth int) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	o, isObj := v.(*goja.Object)
	if !isObj {
		return inspectPrimitive(v)
	}
	if isFunction(o) {
		if name := nilSafe(o.Get("name")).String(); name != "" {
			return "[Function: " + name + "]"
		}
		return "[Function (anonymous)]"
	}
	isArray := o.ClassName() == "Array"
	if depth > maxInspectDepth {
		if isArray {
			return "[Array]"
		}
		return "[Object]"
	}
	var parts []string
	if isArray {
		for _, item := range arrayValues(o) {
			parts = append(parts, inspectDepth(item, depth+1))
		}
		if len(parts) == 0 {
			return "[]"
		}
		return "[ " + strings.Join(parts, ", ") + " ]"
	}
	for _, k := range o.Keys() {
		name := k
		if !identifier.MatchString(k) {
			name = quoteString(k)
		}
		parts = append(parts, name+": "+inspectDepth(o.Get(k), depth+1))
	}
	prefix := objectPrefix(o)
	if len(parts) == 0 {
		return strings.TrimPrefix(prefix+" {}", " ")
	}
	return strings.TrimPrefix(prefix+" { "+strings.Join(parts, ", ")+" }", " ")
}

// objectPrefix is the class label util.inspect puts before an object: none
// for plain objects, the constructor's name otherwise.
func objectPrefix(o *goja.Object) string {
	if o.Prototype() == nil {
		return "[Object: null prototype]"
	}
	if name := constructorName(o); name != "Object" {
		return name
	}
	return ""
}

// constructorName is the name of o's constructor, "Object" if it has none.
func constructorName(o *goja.Object) string {
	if ctor, ok := o.Get("constructor").(*goja.Object); ok {
		if name := nilSafe(ctor.Get("name")).String(); name != "" {
			return name
		}
	}
	return "Object"
}

// inspectShallow is util.inspect(o, {depth: -1}) as the max-listener
// warning uses it: "[EventEmitter]", "[Foo]".
func inspectShallow(o *goja.Object) string {
	if o.Prototype() == nil {
		return "[Object: null prototype]"
	}
	return "[" + constructorName(o) + "]"
}

// inspectPrimitive formats a string, number, bigint, boolean or symbol.
func inspectPrimitive(v goja.Value) string {
	if sym, ok := v.(*goja.Symbol); ok {
		return keyString(sym)
	}
	switch x := v.Export().(type) {
	case string:
		return quoteString(x)
	case float64:
		if x == 0 && math.Signbit(x) {
			return "-0"
		}
	case *big.Int:
		return x.String() + "n"
	}
	return v.String()
}

// quoteString quotes s in single quotes, escaping what util.inspect
// escapes; strings containing single quotes but no double quotes use double
// quotes instead.
func quoteString(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	r := strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\t", `\t`, "\r", `\r`, q, `\`+q)
	return q + r.Replace(s) + q
}
