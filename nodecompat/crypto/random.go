package crypto

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"math"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// maxRandomSize is the most bytes one call fills (Node's kMaxPossibleLength).
const maxRandomSize = math.MaxInt32

// randMax bounds max - min for randomInt: 2^48 - 1.
const randMax = 1<<48 - 1

// randomBytes is crypto.randomBytes(size, [callback]): a Buffer of size
// random bytes, returned or passed to the callback in a later task.
func (m *cryptoModule) randomBytes(call goja.FunctionCall) goja.Value {
	size := m.size(arg(call.Arguments, 0), 1, 0, math.Inf(1))
	cb := m.optionalCallback(arg(call.Arguments, 1))
	b := make([]byte, size)
	_, _ = rand.Read(b)
	buf := buffer.Wrap(m.vm, b)
	if cb == nil {
		return buf
	}
	m.later(cb, goja.Null(), buf)
	return goja.Undefined()
}

// randomFillSync is crypto.randomFillSync(buf, [offset], [size]); offset
// and size count elements of a TypedArray.
func (m *cryptoModule) randomFillSync(call goja.FunctionCall) goja.Value {
	buf := arg(call.Arguments, 0)
	b := m.fillTarget(buf, arg(call.Arguments, 1), arg(call.Arguments, 2))
	_, _ = rand.Read(b)
	return buf
}

// randomFill is crypto.randomFill(buf, [offset], [size], callback).
func (m *cryptoModule) randomFill(call goja.FunctionCall) goja.Value {
	args := call.Arguments
	buf := arg(args, 0)
	if _, ok := buffer.Bytes(m.vm, buf); !ok {
		panic(m.bufTypeError(buf))
	}
	var cb goja.Callable
	offset, size := goja.Undefined(), goja.Undefined()
	switch {
	case isFunction(arg(args, 1)):
		cb, _ = goja.AssertFunction(args[1])
	case isFunction(arg(args, 2)):
		cb, _ = goja.AssertFunction(args[2])
		offset = args[1]
	default:
		cb = jsarg.Function(m.vm, arg(args, 3), "callback")
		offset, size = arg(args, 1), arg(args, 2)
	}
	b := m.fillTarget(buf, offset, size)
	_, _ = rand.Read(b)
	if len(b) == 0 { // Node calls back at once when there is nothing to fill
		if _, err := cb(goja.Undefined(), goja.Null(), buf); err != nil {
			panic(err)
		}
		return goja.Undefined()
	}
	m.later(cb, goja.Null(), buf)
	return goja.Undefined()
}

// fillTarget checks randomFill's arguments and returns the bytes to fill.
func (m *cryptoModule) fillTarget(buf, offsetV, sizeV goja.Value) []byte {
	b, ok := buffer.Bytes(m.vm, buf)
	if !ok {
		panic(m.bufTypeError(buf))
	}
	elem := 1
	if o, isObj := buf.(*goja.Object); isObj {
		if n := o.Get("BYTES_PER_ELEMENT"); n != nil && n.ToInteger() > 0 {
			elem = int(n.ToInteger())
		}
	}
	offset := 0
	if !goja.IsUndefined(offsetV) {
		offset = m.offset(offsetV, elem, len(b))
	}
	size := len(b) - offset
	if !goja.IsUndefined(sizeV) {
		size = m.size(sizeV, elem, offset, float64(len(b)))
	}
	return b[offset : offset+size]
}

// bufTypeError is randomFill's error for a buf that holds no bytes.
func (m *cryptoModule) bufTypeError(buf goja.Value) *goja.Object {
	return nodeerr.InvalidArgType(m.vm, "buf", "an instance of ArrayBuffer or ArrayBufferView", buf)
}

// size checks a byte count as Node's assertSize: a number of elements
// within [0, 2^31-1] bytes that fits after offset in length.
func (m *cryptoModule) size(v goja.Value, elem, offset int, length float64) int {
	f, ok := jsarg.Number(v)
	if !ok {
		panic(nodeerr.InvalidArgType(m.vm, "size", "of type number", v))
	}
	f *= float64(elem)
	if math.IsNaN(f) || f > maxRandomSize || f < 0 {
		panic(nodeerr.OutOfRange(m.vm, "size", ">= 0 && <= "+strconv.Itoa(maxRandomSize), m.vm.ToValue(f)))
	}
	if f+float64(offset) > length {
		panic(nodeerr.OutOfRange(m.vm, "size + offset", "<= "+jsarg.FormatNumber(length), m.vm.ToValue(f+float64(offset))))
	}
	return int(uint32(f))
}

// offset checks a fill offset as Node's assertOffset.
func (m *cryptoModule) offset(v goja.Value, elem, length int) int {
	f, ok := jsarg.Number(v)
	if !ok {
		panic(nodeerr.InvalidArgType(m.vm, "offset", "of type number", v))
	}
	f *= float64(elem)
	limit := min(length, maxRandomSize)
	if math.IsNaN(f) || f > float64(limit) || f < 0 {
		panic(nodeerr.OutOfRange(m.vm, "offset", ">= 0 && <= "+strconv.Itoa(limit), m.vm.ToValue(f)))
	}
	return int(uint32(f))
}

// randomInt is crypto.randomInt([min], max, [callback]): a uniform integer
// in [min, max).
func (m *cryptoModule) randomInt(call goja.FunctionCall) goja.Value {
	minV, maxV, cbV := arg(call.Arguments, 0), arg(call.Arguments, 1), arg(call.Arguments, 2)
	minOmitted := goja.IsUndefined(maxV) || isFunction(maxV)
	if minOmitted {
		minV, maxV, cbV = m.vm.ToValue(0), minV, maxV
	}
	cb := m.optionalCallback(cbV)
	lo := m.safeInteger(minV, "min")
	hi := m.safeInteger(maxV, "max")
	if hi <= lo {
		panic(nodeerr.OutOfRange(m.vm, "max", `greater than the value of "min" (`+jsarg.FormatNumber(lo)+`)`, maxV))
	}
	if hi-lo > randMax {
		name := "max - min"
		if minOmitted {
			name = "max"
		}
		panic(nodeerr.OutOfRange(m.vm, name, "<= "+strconv.Itoa(randMax), m.vm.ToValue(hi-lo)))
	}
	n := m.vm.ToValue(int64(lo) + int64(uniform(uint64(hi-lo))))
	if cb == nil {
		return n
	}
	m.later(cb, goja.Undefined(), n) // Node passes undefined, not null, as the error
	return goja.Undefined()
}

// uniform returns a uniform random integer in [0, n) by rejection sampling.
func uniform(n uint64) uint64 {
	limit := math.MaxUint64 - math.MaxUint64%n
	var b [8]byte
	for {
		_, _ = rand.Read(b[:])
		if v := binary.LittleEndian.Uint64(b[:]); v < limit {
			return v % n
		}
	}
}

// safeInteger checks a randomInt bound.
func (m *cryptoModule) safeInteger(v goja.Value, name string) float64 {
	f, ok := jsarg.Number(v)
	if !ok || f != math.Trunc(f) || math.Abs(f) > 1<<53-1 {
		panic(nodeerr.InvalidArgType(m.vm, name, "a safe integer", v))
	}
	return f
}

// randomUUID is crypto.randomUUID([options]): a random version 4 UUID.
func (m *cryptoModule) randomUUID(call goja.FunctionCall) goja.Value {
	if o := arg(call.Arguments, 0); !goja.IsUndefined(o) {
		obj, ok := o.(*goja.Object)
		if !ok || goja.IsNull(o) {
			panic(nodeerr.InvalidArgType(m.vm, "options", "of type object", o))
		}
		if v := obj.Get("disableEntropyCache"); v != nil && !goja.IsUndefined(v) {
			if _, isBool := v.Export().(bool); !isBool {
				panic(nodeerr.InvalidArgType(m.vm, "options.disableEntropyCache", "of type boolean", v))
			}
		}
	}
	return m.vm.ToValue(newUUID())
}

// newUUID formats 16 random bytes as an RFC 9562 version 4 UUID.
func newUUID() string {
	var u [16]byte
	_, _ = rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	var s [36]byte
	hex.Encode(s[0:8], u[0:4])
	hex.Encode(s[9:13], u[4:6])
	hex.Encode(s[14:18], u[6:8])
	hex.Encode(s[19:23], u[8:10])
	hex.Encode(s[24:], u[10:])
	s[8], s[13], s[18], s[23] = '-', '-', '-', '-'
	return string(s[:])
}

// optionalCallback checks a callback argument that may be left out.
func (m *cryptoModule) optionalCallback(v goja.Value) goja.Callable {
	if goja.IsUndefined(v) {
		return nil
	}
	return jsarg.Function(m.vm, v, "callback")
}

// later calls cb with args as a task of its own, as Node's thread-pool
// completions are.
func (m *cryptoModule) later(cb goja.Callable, args ...goja.Value) {
	h := m.host()
	h.Loop().Post(func() { h.Call(cb, goja.Undefined(), args...) })
}

// host returns the runtime's task runner; callbacks need one.
func (m *cryptoModule) host() *host.Host {
	h := host.From(m.vm)
	if h == nil {
		panic(m.plainError("crypto: the runtime has no event loop (host.New was not called)"))
	}
	return h
}

// isFunction reports whether v is callable.
func isFunction(v goja.Value) bool {
	_, ok := goja.AssertFunction(v)
	return ok
}
