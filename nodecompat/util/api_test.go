package util

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// settle runs src, whose promise jobs goja drains before returning, and
// returns the global `result`.
func settle(t *testing.T, vm *goja.Runtime, src string) string {
	t.Helper()
	eval(t, vm, "globalThis.result = undefined;"+src)
	return vm.Get("result").String()
}

func TestPromisify(t *testing.T) {
	vm := newVM(t)
	eval(t, vm, `function add(a, b, cb) { if (a < 0) cb(new Error('neg')); else cb(null, a + b); }`)
	cases := []struct{ name, src, want string }{
		{"resolves with the first value", `util.promisify(add)(1, 2).then(v => result = v)`, "3"},
		{"rejects with the error", `util.promisify(add)(-1, 2).catch(e => result = e.message)`, "neg"},
		{"rejects when the function throws", `util.promisify(() => { throw new Error('sync') })().catch(e => result = e.message)`, "sync"},
		{"keeps this", `const o = { f: 2, m(x, cb) { cb(null, x * this.f) } }; o.p = util.promisify(o.m); o.p(5).then(v => result = v)`, "10"},
		{"copies name and length", `const p = util.promisify(add); result = p.name + p.length + (util.promisify(p) === p)`, "add3true"},
		{"uses promisify.custom", `function c() {}; c[util.promisify.custom] = () => 'custom'; result = util.promisify(c)()`, "custom"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, settle(t, vm, tc.src)) })
	}
	_, err := vm.RunString(`util.promisify('x')`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `The "original" argument must be of type function. Received type string ('x')`)
}

func TestPromisifyArgumentNames(t *testing.T) {
	vm := newVM(t)
	fn := eval(t, vm, `(function lookup(cb) { cb(null, '127.0.0.1', 4); })`).(*goja.Object)
	require.NoError(t, fn.SetSymbol(CustomPromisifyArgs, vm.NewArray("address", "family")))
	require.NoError(t, vm.Set("lookup", fn))
	assert.Equal(t, `{"address":"127.0.0.1","family":4}`, settle(t, vm, `util.promisify(lookup)().then(v => result = JSON.stringify(v))`))
}

func TestCallbackify(t *testing.T) {
	vm := newVM(t)
	assert.Equal(t, "null 3", settle(t, vm, `util.callbackify(async (a, b) => a + b)(1, 2, (e, v) => result = e + ' ' + v)`))
	assert.Equal(t, "boom", settle(t, vm, `util.callbackify(async () => { throw new Error('boom') })(e => result = e.message)`))
	assert.Equal(t, "ERR_FALSY_VALUE_REJECTION null", settle(t, vm, `util.callbackify(() => Promise.reject(null))(e => result = e.code + ' ' + e.reason)`))
	assert.Equal(t, "fnCallbackified 2", settle(t, vm, `const c = util.callbackify(async function fn(a) {}); result = c.name + ' ' + c.length`))
	_, err := vm.RunString(`util.callbackify(async () => 1)(1)`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "The last argument must be of type function. Received type number (1)")
}

func TestDeprecate(t *testing.T) {
	vm := newVM(t)
	eval(t, vm, `globalThis.warnings = []; globalThis.process = { emitWarning: (...a) => warnings.push(a.filter(x => typeof x === 'string').join('|')) };`)
	assert.Equal(t, "4 6", settle(t, vm, `const d = util.deprecate(x => x * 2, 'old', 'DEP1'); result = d(2) + ' ' + d(3)`))
	settle(t, vm, `util.deprecate(() => 1, 'same code', 'DEP1')(); util.deprecate(() => 1, 'no code')()`)
	assert.Equal(t, "old|DeprecationWarning|DEP1,no code|DeprecationWarning", eval(t, vm, "warnings.join()").String())
	assert.Equal(t, "5 true", settle(t, vm, `class K { constructor(v) { this.v = v } }; const W = util.deprecate(K, 'k'); const k = new W(5); result = k.v + ' ' + (k instanceof K)`))
	assert.Equal(t, "true", settle(t, vm, `process.noDeprecation = true; const f = () => 1; result = util.deprecate(f, 'm') === f`))
}

func TestInherits(t *testing.T) {
	vm := newVM(t)
	assert.Equal(t, "true true", settle(t, vm, `function A() {}; function B() {}; util.inherits(B, A); result = (new B() instanceof A) + ' ' + (B.super_ === A)`))
	for src, msg := range map[string]string{
		`util.inherits(undefined, function () {})`: `The "ctor" argument must be of type function. Received undefined`,
		`util.inherits(function () {}, null)`:      `The "superCtor" argument must be of type function. Received null`,
		`util.inherits(function () {}, {})`:        `The "superCtor.prototype" property must be of type object. Received undefined`,
	} {
		_, err := vm.RunString(src)
		require.Error(t, err, src)
		assert.Contains(t, err.Error(), msg, src)
	}
}

func TestTypes(t *testing.T) {
	vm := newVM(t)
	cases := map[string]string{
		"isDate":              "new Date()",
		"isRegExp":            "/x/",
		"isPromise":           "Promise.resolve()",
		"isMap":               "new Map()",
		"isSet":               "new Set()",
		"isWeakMap":           "new WeakMap()",
		"isWeakSet":           "new WeakSet()",
		"isTypedArray":        "new Int8Array(1)",
		"isUint8Array":        "new Uint8Array(1)",
		"isUint8ClampedArray": "new Uint8ClampedArray(1)",
		"isArrayBuffer":       "new ArrayBuffer(1)",
		"isAnyArrayBuffer":    "new ArrayBuffer(1)",
		"isDataView":          "new DataView(new ArrayBuffer(1))",
		"isArrayBufferView":   "new DataView(new ArrayBuffer(1))",
		"isAsyncFunction":     "({ async m() {} }).m",
		"isGeneratorFunction": "(function* () {})",
		"isGeneratorObject":   "(function* () {})()",
		"isNativeError":       "new TypeError()",
		"isBoxedPrimitive":    "Object(Symbol())",
		"isNumberObject":      "new Number(1)",
		"isStringObject":      "new String('')",
		"isBooleanObject":     "new Boolean(false)",
		"isBigIntObject":      "Object(1n)",
		"isSymbolObject":      "Object(Symbol())",
		"isArgumentsObject":   "(function () { return arguments })()",
		"isMapIterator":       "new Map().keys()",
		"isSetIterator":       "new Set().values()",
		"isProxy":             "new Proxy({}, {})",
	}
	for pred, src := range cases {
		assert.True(t, eval(t, vm, "util.types."+pred+"("+src+")").ToBoolean(), "%s(%s)", pred, src)
		assert.False(t, eval(t, vm, "util.types."+pred+"({})").ToBoolean(), "%s({})", pred)
		assert.False(t, eval(t, vm, "util.types."+pred+"(1)").ToBoolean(), "%s(1)", pred)
	}
	assert.False(t, eval(t, vm, "util.types.isNativeError(Object.create(Error.prototype))").ToBoolean())
	assert.False(t, eval(t, vm, "util.types.isUint8Array(new Int8Array(1))").ToBoolean())
	assert.True(t, IsMap(vm, eval(t, vm, "new (class extends Map {})()")))
	assert.False(t, IsSet(vm, eval(t, vm, "new Map()")))
}

func TestLegacyAndMisc(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]string{
		`[util.isArray([]), util.isArray({}), util.isObject(null), util.isObject(() => {}), util.isPrimitive(Symbol())].join()`:   "true,false,false,false,true",
		`[util.isError(new TypeError()), util.isError(Object.create(Error.prototype)), util.isNullOrUndefined(undefined)].join()`: "true,true,true",
		`util.stripVTControlCharacters('\x1b[31mred\x1b[39m')`:                                                                    "red",
		`util.toUSVString('a\ud800b') === 'a\ufffdb'`:                                                                             "true",
		`JSON.stringify(util._extend({ a: 1 }, { b: 2 }))`:                                                                        `{"a":1,"b":2}`,
		`[typeof util.debuglog('x'), util.debuglog('x').enabled].join()`:                                                          "function,false",
		`util.isBuffer(new Uint8Array(1))`:                                                                                        "false",
	} {
		assert.Equal(t, want, eval(t, vm, src).String(), src)
	}
}

func TestStringWidth(t *testing.T) {
	for s, want := range map[string]int{"abc": 3, "日本": 4, "😀": 2, "e\u0301": 1, "\x1b[31mred\x1b[39m": 3, "": 0} {
		assert.Equal(t, want, StringWidth(s), s)
	}
}

func TestGetSystemErrorName(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]string{
		`util.getSystemErrorName(-111)`:  "ECONNREFUSED",
		`util.getSystemErrorName(-3008)`: "EAI_NONAME",
		`util.getSystemErrorName(-4095)`: "EOF",
		`util.getSystemErrorName(-9999)`: "Unknown system error -9999",
	} {
		assert.Equal(t, want, eval(t, vm, src).String(), src)
	}
	for src, msg := range map[string]string{
		`util.getSystemErrorName('x')`: `The "err" argument must be of type number. Received type string ('x')`,
		`util.getSystemErrorName(1.5)`: `The value of "err" is out of range. It must be a negative integer. Received 1.5`,
	} {
		_, err := vm.RunString(src)
		require.Error(t, err, src)
		assert.Contains(t, err.Error(), msg, src)
	}
}

func TestIsDeepStrictEqual(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]bool{
		`util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })`: true,
		`util.isDeepStrictEqual({ a: 1 }, { a: '1' })`:                       false,
		`util.isDeepStrictEqual(NaN, NaN)`:                                   true,
		`util.isDeepStrictEqual(0, -0)`:                                      false,
	} {
		assert.Equal(t, want, eval(t, vm, src).ToBoolean(), src)
	}
}
