package buffer

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// inspect implements buf.inspect(recurseTimes, ctx), also installed as
// [util.inspect.custom]: "<Buffer 68 69>" with at most INSPECT_MAX_BYTES
// bytes, and, when util.inspect calls it (options plus the inspect function
// as third argument), the Buffer's extra own properties after a comma.
func (m *module) inspect(call goja.FunctionCall) goja.Value {
	b := m.thisBytes(call)
	shown := b[:min(int64(len(b)), max(m.inspectMaxBytes, 0))]
	var sb strings.Builder
	const digits = "0123456789abcdef"
	for i, c := range shown {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteByte(digits[c>>4])
		sb.WriteByte(digits[c&15])
	}
	if rest := len(b) - len(shown); rest > 0 {
		sb.WriteString(" ... " + itoa(int64(rest)) + " more byte")
		if rest > 1 {
			sb.WriteByte('s')
		}
	}
	this, _ := call.This.(*goja.Object)
	options, hasOptions := call.Argument(1).(*goja.Object)
	inspectFn, hasInspect := goja.AssertFunction(call.Argument(2))
	if this != nil && hasOptions && hasInspect {
		if extras := m.inspectExtras(this, len(b), options, inspectFn); extras != "" {
			if len(b) != 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(extras)
		}
	}
	name := "Buffer"
	if this != nil {
		if c, ok := this.Get("constructor").(*goja.Object); ok {
			name = c.Get("name").String()
		}
	}
	return m.vm.ToValue("<" + name + " " + sb.String() + ">")
}

// inspectExtras formats the enumerable own properties of o that are not
// indexes, as Node does: inspected as a null-prototype object on one line,
// without its braces.
func (m *module) inspectExtras(o *goja.Object, length int, options *goja.Object, inspectFn goja.Callable) string {
	extras := m.vm.CreateObject(nil)
	found := false
	for _, key := range o.Keys() {
		if i, err := strconv.ParseUint(key, 10, 53); err == nil && i < uint64(length) && strconv.FormatUint(i, 10) == key {
			continue
		}
		_ = extras.Set(key, o.Get(key))
		found = true
	}
	for _, sym := range o.Symbols() {
		_ = extras.SetSymbol(sym, o.GetSymbol(sym))
		found = true
	}
	if !found {
		return ""
	}
	opts := m.vm.NewObject()
	for _, key := range options.Keys() {
		_ = opts.Set(key, options.Get(key))
	}
	_ = opts.Set("breakLength", math.Inf(1))
	_ = opts.Set("compact", true)
	res, err := inspectFn(goja.Undefined(), extras, opts)
	if err != nil {
		panic(err)
	}
	s := res.String()
	const prefix = len("[Object: null prototype] {") + 1
	if len(s) < prefix+2 {
		return ""
	}
	return s[prefix : len(s)-2]
}
