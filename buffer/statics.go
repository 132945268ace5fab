package buffer

import (
	"bytes"

	"github.com/dop251/goja"
)

// installStatics defines Buffer's static methods.
func (m *module) installStatics() {
	c := m.ctor
	_ = c.Set("poolSize", 8192)
	statics := []struct {
		name   string
		length int
		fn     func(goja.FunctionCall) goja.Value
	}{
		{"from", 3, func(call goja.FunctionCall) goja.Value {
			return m.from(call.Argument(0), call.Argument(1), call.Argument(2))
		}},
		{"copyBytesFrom", 3, m.copyBytesFrom},
		{"of", 0, m.of},
		{"alloc", 3, func(call goja.FunctionCall) goja.Value {
			return m.alloc(call.Argument(0), call.Argument(1), call.Argument(2))
		}},
		{"allocUnsafe", 1, m.allocUnsafe},
		{"allocUnsafeSlow", 1, m.allocUnsafe},
		{"isBuffer", 1, func(call goja.FunctionCall) goja.Value {
			return m.vm.ToValue(m.vm.InstanceOf(call.Argument(0), m.ctor))
		}},
		{"compare", 2, m.compareStatic},
		{"isEncoding", 1, func(call goja.FunctionCall) goja.Value {
			name, ok := call.Argument(0).Export().(string)
			return m.vm.ToValue(ok && IsEncoding(name))
		}},
		{"concat", 2, m.concat},
		{"byteLength", 2, m.byteLength},
	}
	for _, s := range statics {
		_ = c.Set(s.name, m.function(s.name, s.length, s.fn))
	}
}

// alloc implements Buffer.alloc(size, fill, encoding).
func (m *module) alloc(size, fill, encoding goja.Value) *goja.Object {
	n := int(m.validateNumberRange(size, "size", 0, MaxLength))
	b := make([]byte, n)
	if !isUndefined(fill) && !(goja.IsNumber(fill) && fill.ToFloat() == 0) && n > 0 {
		m.fill(b, fill, m.vm.ToValue(0), m.vm.ToValue(n), encoding)
	}
	return m.newBuffer(b)
}

// allocUnsafe implements Buffer.allocUnsafe and allocUnsafeSlow. Go zeroes
// the memory anyway.
func (m *module) allocUnsafe(call goja.FunctionCall) goja.Value {
	n := int(m.validateNumberRange(call.Argument(0), "size", 0, MaxLength))
	return m.newBuffer(make([]byte, n))
}

// slowBuffer implements the deprecated SlowBuffer(size).
func (m *module) slowBuffer(call goja.ConstructorCall) *goja.Object {
	n := int(m.validateNumberRange(arg(call.Arguments, 0), "size", 0, MaxLength))
	return m.newBuffer(make([]byte, n))
}

// of implements Buffer.of(...items).
func (m *module) of(call goja.FunctionCall) goja.Value {
	b := make([]byte, len(call.Arguments))
	for i, v := range call.Arguments {
		b[i] = m.toUint8(v)
	}
	return m.newBuffer(b)
}

// concat implements Buffer.concat(list, totalLength).
func (m *module) concat(call goja.FunctionCall) goja.Value {
	list, ok := call.Argument(0).(*goja.Object)
	if !ok || list.ClassName() != "Array" {
		m.throwInvalidArgType("list", "an instance of Array", call.Argument(0))
	}
	count := int(list.Get("length").ToInteger())
	if count == 0 {
		return m.newBuffer(nil)
	}
	items := make([]goja.Value, count)
	for i := range items {
		if items[i] = list.Get(itoa(int64(i))); items[i] == nil {
			items[i] = goja.Undefined()
		}
	}
	var total int64
	if length := call.Argument(1); isUndefined(length) {
		for _, item := range items {
			if isUndefined(item) || goja.IsNull(item) {
				panic(m.vm.NewTypeError("Cannot read properties of " + item.String() + " (reading 'length')"))
			}
			if o, ok := item.(*goja.Object); ok {
				if l := o.Get("length"); l != nil && l.ToBoolean() {
					total += l.ToInteger()
				}
			}
		}
	} else {
		total = m.validateOffset(length, "length", MaxLength)
	}
	out := make([]byte, total)
	pos := 0
	for i, item := range items {
		b, ok := m.uint8Array(item)
		if !ok {
			m.throwInvalidArgType("list["+itoa(int64(i))+"]", wantUint8Array, item)
		}
		pos += copy(out[pos:], b)
	}
	return m.newBuffer(out)
}

// byteLength implements Buffer.byteLength(string, encoding).
func (m *module) byteLength(call goja.FunctionCall) goja.Value {
	s := call.Argument(0)
	if !goja.IsString(s) {
		b, kind := m.view(s)
		if kind == notBytes {
			m.throwInvalidArgType("string", "of type string or an instance of Buffer or ArrayBuffer", s)
		}
		return m.vm.ToValue(len(b))
	}
	enc := UTF8
	if e := call.Argument(1); e.ToBoolean() {
		if parsed, ok := ParseEncoding(e.String()); ok {
			enc = parsed
		}
	}
	return m.vm.ToValue(ByteLength(s, enc))
}

// compareStatic implements Buffer.compare(buf1, buf2).
func (m *module) compareStatic(call goja.FunctionCall) goja.Value {
	a := m.requireUint8Array(call.Argument(0), "buf1")
	b := m.requireUint8Array(call.Argument(1), "buf2")
	return m.vm.ToValue(bytes.Compare(a, b))
}

// copyBytesFrom implements Buffer.copyBytesFrom(view, offset, length):
// a copy of the view's elements offset to offset+length, as bytes.
func (m *module) copyBytesFrom(call goja.FunctionCall) goja.Value {
	view, offset, length := call.Argument(0), call.Argument(1), call.Argument(2)
	b, kind := m.view(view)
	if kind != kindUint8 && kind != kindTypedArray {
		m.throwInvalidArgType("view", "an instance of TypedArray", view)
	}
	elems := int64(view.(*goja.Object).Get("length").ToInteger())
	if elems == 0 {
		return m.newBuffer(nil)
	}
	start, end := int64(0), elems
	if !isUndefined(offset) {
		start = m.validateInteger(offset, "offset", 0, maxSafeInteger)
		if start >= elems {
			return m.newBuffer(nil)
		}
	}
	if !isUndefined(length) {
		end = start + m.validateInteger(length, "length", 0, maxSafeInteger)
	}
	end = min(end, elems)
	size := int64(len(b)) / elems
	return m.newBuffer(append([]byte(nil), b[start*size:end*size]...))
}

// maxSafeInteger is Number.MAX_SAFE_INTEGER.
const maxSafeInteger = 1<<53 - 1
