package deepequal

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newVM returns a runtime with a URL class shaped like Node's (href and
// protocol getters over private state), enough for the shape check.
func newVM(t *testing.T) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	_, err := vm.RunString(`class URL { #h; constructor(h) { this.#h = new String(h).replace(/\/?$/, '/') } get href() { return this.#h } get protocol() { return 'http:' } }`)
	require.NoError(t, err)
	return vm
}

// TestMatchesNode holds pairs of values and what util.isDeepStrictEqual
// and assert.deepEqual say about them under Node 20.
func TestMatchesNode(t *testing.T) {
	tests := []struct {
		name, pair    string
		strict, loose bool
	}{
		{"holes", `[[1,,3], [1,undefined,3]]`, false, false},
		{"holes2", `[[1,,3], [1,,3]]`, true, true},
		{"errCause", `[new Error('a', {cause: 1}), new Error('a', {cause: 2})]`, false, false},
		{"errCause2", `[new Error('a', {cause: 1}), new Error('a')]`, false, false},
		{"aggErrors", `[new AggregateError([1], 'm'), new AggregateError([2], 'm')]`, false, false},
		{"errName", `[new TypeError('a'), new Error('a')]`, false, false},
		{"invalidDate", `[new Date(NaN), new Date(NaN)]`, false, false},
		{"dateProps", `[Object.assign(new Date(0), {x: 1}), new Date(0)]`, false, false},
		{"negZero", `[-0, 0]`, false, true},
		{"negZeroArr", `[[-0], [0]]`, false, true},
		{"nan", `[NaN, NaN]`, true, true},
		{"f64negzero", `[new Float64Array([-0]), new Float64Array([0])]`, false, true},
		{"f64nan", `[new Float64Array([NaN]), new Float64Array([NaN])]`, true, false},
		{"u8", `[new Uint8Array([1,2]), new Uint8Array([1,2])]`, true, true},
		{"u8vsi8", `[new Uint8Array([1]), new Int8Array([1])]`, false, false},
		{"buf", `[new ArrayBuffer(2), new ArrayBuffer(2)]`, true, true},
		{"bufdiff", `[new Uint8Array([1]).buffer, new Uint8Array([2]).buffer]`, false, false},
		{"looseNum", `[1, '1']`, false, true},
		{"looseObjNum", `[{a: 1}, {a: '1'}]`, false, true},
		{"nullUndef", `[null, undefined]`, false, true},
		{"setLoose", `[new Set([1, '2']), new Set(['1', 2])]`, false, true},
		{"setObj", `[new Set([{a: 1}, {b: 2}]), new Set([{b: 2}, {a: 1}])]`, true, true},
		{"setObjLoose", `[new Set([{a: 1}]), new Set([{a: '1'}])]`, false, true},
		{"mapLoose", `[new Map([[1, 'a']]), new Map([['1', 'a']])]`, false, true},
		{"mapObjKey", `[new Map([[{k: 1}, 'v']]), new Map([[{k: 1}, 'v']])]`, true, true},
		{"mapVal", `[new Map([['k', {v: 1}]]), new Map([['k', {v: '1'}]])]`, false, true},
		{"proto", `[Object.create(null), {}]`, false, true},
		{"protoClass", `[new (class A {})(), new (class B {})()]`, false, true},
		{"symbolKey", `[{[Symbol.for('s')]: 1}, {[Symbol.for('s')]: 2}]`, false, true},
		{"boxed", `[new Number(1), new Number(1)]`, true, true},
		{"boxedDiff", `[new String('a'), new String('b')]`, false, false},
		{"boxedVsPrim", `[new Number(1), 1]`, false, false},
		{"boxedNeg", `[new Number(-0), new Number(0)]`, false, false},
		{"regex", `[/a/g, /a/g]`, true, true},
		{"regexFlags", `[/a/g, /a/i]`, false, false},
		{"regexLast", `[Object.assign(/a/g, {lastIndex: 1}), /a/g]`, false, false},
		{"fn", `[function(){}, function(){}]`, false, false},
		{"arrObj", `[[1], {0: 1, length: 1}]`, false, false},
		{"argsVsArr", `[(function(){return arguments})(1), [1]]`, false, false},
		{"weak", `[new WeakMap(), new WeakMap()]`, true, true},
		{"arrProps", `[Object.assign([1], {x: 1}), [1]]`, false, false},
		{"nonEnum", `[Object.defineProperty({}, 'x', {value: 1}), {}]`, true, true},
		{"nestedCircular", `(() => { const a = {}; a.self = a; const b = {}; b.self = b; return [a, b]; })()`, true, true},
		{"circularDiff", `(() => { const a = {}; a.self = a; const b = {}; b.self = {self: b}; return [a, b]; })()`, true, true},
		{"dateVsObj", `[new Date(0), {}]`, false, false},
		{"promise", `[Promise.resolve(1), Promise.resolve(2)]`, true, true},
		{"bigint", `[1n, 1]`, false, true},
		{"bigintObj", `[{a: 1n}, {a: 1}]`, false, true},
		{"strObj", `[{a: 'x'}, {a: new String('x')}]`, false, false},
		{"errProps", `[Object.assign(new Error('a'), {code: 1}), new Error('a')]`, false, false},
		{"getters", `[{get x() { return 1 }}, {x: 1}]`, true, true},
		{"setLooseNull", `[new Set([null]), new Set([undefined])]`, false, true},
		{"setSize", `[new Set([1, 2]), new Set([1])]`, false, false},
		{"arrLen", `[[1, 2], [1]]`, false, false},
		{"undefProp", `[{a: undefined}, {}]`, false, false},
		{"symbolVal", `[Symbol.for('x'), Symbol.for('x')]`, true, true},
		{"emptyStrZero", `['', 0]`, false, true},
		{"trueOne", `[true, 1]`, false, true},
		{"objTrue", `[{a: true}, {a: 1}]`, false, true},
		{"c1", `(() => { const a = {}; a.self = a; const b = {self: {self: {}}}; b.self.self.self = b; return [a, b]; })()`, true, true},
		{"c2", `(() => { const a = {v: 1}; a.self = a; const b = {v: 1, self: {v: 2}}; b.self.self = b; return [a, b]; })()`, false, false},
		{"c3", `(() => { const a = {}; a.self = a; const b = {self: {self: {self: {}}}}; return [a, b]; })()`, false, false},
		{"c4", `(() => { const a = [1]; a.push(a); const b = [1, [1]]; b[1].push(b); return [a, b]; })()`, true, true},
		{"c5", `(() => { const a = {}; a.self = a; const b = {}; b.self = a; return [a, b]; })()`, true, true},
		{"c6", `(() => { const a = {}; const b = {}; a.x = b; b.x = a; const c = {}; c.x = c; return [a, c]; })()`, true, true},
		{"c7", `(() => { const a = {}; a.x = {y: a}; const b = {}; b.x = {y: b.x}; return [a, b]; })()`, false, false},
		{"c8", `(() => { const a = {}; a.x = {y: a}; const b = {x: {}}; b.x.y = b.x; return [a, b]; })()`, false, false},
		{"c9", `(() => { const a = {k: 1}; a.self = a; const b = {k: 1, self: {k: 1}}; b.self.self = b.self; return [a, b]; })()`, true, true},
		{"c10", `(() => { const a = {k: 1}; a.self = a; const b = {k: 1, self: {k: 2}}; b.self.self = b.self; return [a, b]; })()`, false, false},
		{"s1", `(() => { const a = new Set(); a.add(a); const b = new Set(); b.add(b); return [a, b]; })()`, true, true},
		{"m1", `(() => { const a = new Map(); a.set('k', a); const b = new Map(); b.set('k', b); return [a, b]; })()`, true, true},
		{"urls", `[new URL('http://a'), new URL('http://b')]`, false, false},
		{"urlsSame", `[new URL('http://a'), new URL('http://a')]`, true, true},
		{"tagFake", `[{[Symbol.toStringTag]: 'Map'}, new Map()]`, false, false},
		{"tagFake2", `[{[Symbol.toStringTag]: 'X'}, {[Symbol.toStringTag]: 'X'}]`, true, true},
		{"tagDiff", `[{[Symbol.toStringTag]: 'X'}, {}]`, false, false},
		{"symBox", `[Object(Symbol.iterator), Object(Symbol.iterator)]`, true, true},
		{"bigBox", `[Object(1n), Object(1n)]`, true, true},
		{"bigBoxDiff", `[Object(1n), Object(2n)]`, false, false},
		{"strBoxProps", `[Object.assign(new String('ab'), {x: 1}), new String('ab')]`, false, false},
		{"setNaN", `[new Set([NaN]), new Set([NaN])]`, true, true},
		{"mapNegZero", `[new Map([[-0, 1]]), new Map([[0, 1]])]`, true, true},
		{"dv", `[new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 2]).buffer)]`, true, true},
		{"dvDiff", `[new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 3]).buffer)]`, false, false},
		{"u8sub", `[new Uint8Array([0, 1, 2]).subarray(1), new Uint8Array([1, 2])]`, true, true},
		{"sparseExtra", `[Object.assign([1, , 3], {x: 1}), Object.assign([1, , 3], {x: 1})]`, true, true},
		{"sparseDiff", `[[, 1], [1, ]]`, false, false},
		{"arrSym", `[Object.assign([1], {[Symbol.for('s')]: 1}), [1]]`, false, true},
		{"nestedSet", `[new Set([new Set([1])]), new Set([new Set([1])])]`, true, true},
		{"setMixed", `[new Set([1, {a: 1}]), new Set([{a: 1}, 1])]`, true, true},
		{"setLooseObj", `[new Set([{a: 1}, {a: '1'}]), new Set([{a: '1'}, {a: 1}])]`, true, true},
		{"mapLooseVals", `[new Map([[1, {a: 1}]]), new Map([['1', {a: '1'}]])]`, false, true},
		{"mapObjKeys", `[new Map([[{a: 1}, 1], [{a: 1}, 2]]), new Map([[{a: 1}, 2], [{a: 1}, 1]])]`, true, true},
		{"errSub", `[new RangeError('x'), Object.assign(new Error('x'), {name: 'RangeError'})]`, false, false},
		{"errMsgNonEnumVsEnum", `[Object.assign(new Error('x'), {message: 'y'}), new Error('y')]`, true, true},
		{"dates", `[new Date(1), new Date(1)]`, true, true},
		{"dateDiff", `[new Date(1), new Date(2)]`, false, false},
		{"argsArgs", `[(function(){return arguments})(1, 2), (function(){return arguments})(1, 2)]`, true, true},
		{"objVsNull", `[{}, null]`, false, false},
		{"nullNull", `[null, null]`, true, true},
		{"undefVsNull", `[undefined, null]`, false, true},
		{"numStrArr", `[[1, 2], ['1', '2']]`, false, true},
		{"boolArr", `[[true], [1]]`, false, true},
		{"nestedArrays", `[[[1, [2, [3]]]], [[1, [2, [3]]]]]`, true, true},
		{"objectInt", `[{1: 'a', b: 2}, {b: 2, 1: 'a'}]`, true, true},
		{"frozen", `[Object.freeze({a: 1}), {a: 1}]`, true, true},
		{"classInst", `[new (class A { constructor() { this.x = 1 } })(), {x: 1}]`, false, true},
		{"proxyObj", `[new Proxy({a: 1}, {}), {a: 1}]`, true, true},
		{"weakset", `[new WeakSet(), new WeakSet()]`, true, true},
		{"f32", `[new Float32Array([1.5, -0]), new Float32Array([1.5, 0])]`, false, true},
		{"abLen", `[new ArrayBuffer(1), new ArrayBuffer(2)]`, false, false},
	}
	vm := newVM(t)
	for _, tc := range tests {
		v, err := vm.RunString("(" + tc.pair + ")")
		require.NoError(t, err, tc.name)
		pair := v.ToObject(vm)
		a, b := pair.Get("0"), pair.Get("1")
		assert.Equal(t, tc.strict, Equal(vm, a, b, true), "%s strict", tc.name)
		assert.Equal(t, tc.loose, Equal(vm, a, b, false), "%s loose", tc.name)
		assert.Equal(t, tc.strict, Equal(vm, b, a, true), "%s strict, swapped", tc.name)
	}
}

func TestGetterExceptionsPropagate(t *testing.T) {
	vm := newVM(t)
	require.NoError(t, vm.Set("eq", func(a, b goja.Value) bool { return Equal(vm, a, b, true) }))
	v, err := vm.RunString(`try { eq({get x() { throw new Error('boom') }}, {x: 1}); 'no throw' } catch (e) { e.message }`)
	require.NoError(t, err)
	assert.Equal(t, "boom", v.String())
}

func TestIsIndex(t *testing.T) {
	for key, want := range map[string]bool{"0": true, "10": true, "4294967294": true, "4294967295": false, "01": false, "-1": false, "1.5": false, "x": false} {
		assert.Equal(t, want, isIndex(key), key)
	}
}
