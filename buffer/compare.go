package buffer

import (
	"bytes"
	"math"

	"github.com/dop251/goja"
)

// equals implements buf.equals(otherBuffer).
func (m *module) equals(call goja.FunctionCall) goja.Value {
	a := m.thisBytes(call)
	b := m.requireUint8Array(call.Argument(0), "otherBuffer")
	return m.vm.ToValue(bytes.Equal(a, b))
}

// compare implements buf.compare(target, targetStart, targetEnd,
// sourceStart, sourceEnd).
func (m *module) compare(call goja.FunctionCall) goja.Value {
	source := m.thisBytes(call)
	target := m.requireUint8Array(call.Argument(0), "target")
	if len(call.Arguments) == 1 {
		return m.vm.ToValue(bytes.Compare(source, target))
	}
	bound := func(i int, name string, def, hi int64) int64 {
		if v := call.Argument(i); !isUndefined(v) {
			return m.validateOffset(v, name, hi)
		}
		return def
	}
	tStart := bound(1, "targetStart", 0, MaxLength)
	tEnd := bound(2, "targetEnd", int64(len(target)), int64(len(target)))
	sStart := bound(3, "sourceStart", 0, MaxLength)
	sEnd := bound(4, "sourceEnd", int64(len(source)), int64(len(source)))
	switch {
	case sStart >= sEnd && tStart >= tEnd:
		return m.vm.ToValue(0)
	case sStart >= sEnd:
		return m.vm.ToValue(-1)
	case tStart >= tEnd:
		return m.vm.ToValue(1)
	}
	return m.vm.ToValue(bytes.Compare(source[sStart:sEnd], target[tStart:tEnd]))
}

// copy implements buf.copy(target, targetStart, sourceStart, sourceEnd),
// returning the number of bytes copied.
func (m *module) copy(call goja.FunctionCall) goja.Value {
	source := m.thisBytes(call)
	target := m.requireUint8Array(call.Argument(0), "target")
	srcLen := float64(len(source))
	tStart, sStart, sEnd := 0.0, 0.0, srcLen
	if v := call.Argument(1); !isUndefined(v) {
		if tStart = m.copyIndex(v); tStart < 0 {
			m.throwOutOfRange("targetStart", ">= 0", m.vm.ToValue(tStart))
		}
	}
	if v := call.Argument(2); !isUndefined(v) {
		if sStart = m.copyIndex(v); sStart < 0 || sStart > srcLen {
			m.throwOutOfRange("sourceStart", ">= 0 && <= "+itoa(int64(len(source))), m.vm.ToValue(sStart))
		}
	}
	if v := call.Argument(3); !isUndefined(v) {
		if sEnd = m.copyIndex(v); sEnd < 0 {
			m.throwOutOfRange("sourceEnd", ">= 0", m.vm.ToValue(sEnd))
		}
	}
	if tStart >= float64(len(target)) || sStart >= sEnd {
		return m.vm.ToValue(0)
	}
	return m.vm.ToValue(copy(target[int(tStart):], source[int(sStart):int(min(sEnd, srcLen))]))
}

// copyIndex converts a copy() position as Node does: integral numbers are
// taken as they are, anything else goes through ToNumber and is floored,
// with NaN and values beyond the safe integers meaning 0.
func (m *module) copyIndex(v goja.Value) float64 {
	if goja.IsNumber(v) {
		if f := v.ToFloat(); f == math.Trunc(f) && !math.IsInf(f, 0) {
			return f
		}
	}
	f := m.toNumber(v)
	if math.IsNaN(f) || f < -maxSafeInteger || f > maxSafeInteger {
		return 0
	}
	return math.Floor(f)
}
