package buffer

import (
	"math"
	"math/big"

	"github.com/dop251/goja"
)

// 64-bit integer bounds as big.Ints.
var (
	minInt64Big  = big.NewInt(math.MinInt64)
	maxInt64Big  = big.NewInt(math.MaxInt64)
	maxUint64Big = new(big.Int).SetUint64(math.MaxUint64)
)

// readBigIntMethod returns readBigUInt64LE and the like.
func (m *module) readBigIntMethod(signed, le bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		b := m.thisBytes(call)
		o := m.checkOffset(m.offsetArg(call, 0), 8, len(b))
		u := byteOrder(le).Uint64(b[o:])
		if signed {
			return m.vm.ToValue(big.NewInt(int64(u)))
		}
		return m.vm.ToValue(new(big.Int).SetUint64(u))
	}
}

// writeBigIntMethod returns writeBigUInt64LE(value, offset = 0) and the
// like. As in Node, a Number in range passes the range check and then
// fails for not being a BigInt.
func (m *module) writeBigIntMethod(signed, le bool) func(goja.FunctionCall) goja.Value {
	lo, hi, desc := new(big.Int), maxUint64Big, ">= 0n and < 2n ** 64n"
	if signed {
		lo, hi, desc = minInt64Big, maxInt64Big, ">= -(2n ** 63n) and < 2n ** 63n"
	}
	return func(call goja.FunctionCall) goja.Value {
		b := m.thisBytes(call)
		value := call.Argument(0)
		n, isBig := value.Export().(*big.Int)
		if isBig && (n.Cmp(lo) < 0 || n.Cmp(hi) > 0) || goja.IsNumber(value) && outsideBig(value.ToFloat(), lo, hi) {
			m.throwOutOfRange("value", desc, value)
		}
		o := m.checkOffset(m.offsetArg(call, 1), 8, len(b))
		if !isBig {
			panic(m.vm.NewTypeError("Cannot mix BigInt and other types, use explicit conversions"))
		}
		u := n.Uint64()
		if n.Sign() < 0 {
			u = uint64(n.Int64())
		}
		byteOrder(le).PutUint64(b[o:], u)
		return m.vm.ToValue(o + 8)
	}
}

// outsideBig compares a Number with BigInt bounds exactly, as JavaScript's
// relational operators do; NaN is never outside.
func outsideBig(f float64, lo, hi *big.Int) bool {
	if math.IsNaN(f) {
		return false
	}
	x := new(big.Float).SetFloat64(f)
	return x.Cmp(new(big.Float).SetInt(lo)) < 0 || x.Cmp(new(big.Float).SetInt(hi)) > 0
}
