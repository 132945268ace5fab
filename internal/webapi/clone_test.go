package webapi

import "testing"

func TestStructuredClone(t *testing.T) {
	runCases(t, []jsCase{
		{"primitives", `[structuredClone('s'), structuredClone(1), structuredClone(null), structuredClone(undefined), structuredClone(1n), Object.is(structuredClone(-0), -0)].join()`, "s,1,,,1,true"},
		{"plain nested circular", `const o = {a: 1, c: [1, {d: true}], u: undefined}; o.self = o; const c = structuredClone(o); [c !== o, c.self === c, c.c[1].d, 'u' in c, Object.keys(c).join('/')].join()`, "true,true,true,true,a/c/u/self"},
		{"class instance becomes plain, getters read", `class K { constructor() { this.x = 1; } get y() { return 2; } } const k = structuredClone(new K()); [Object.getPrototypeOf(k) === Object.prototype, JSON.stringify(k), JSON.stringify(structuredClone({ get g() { return 'v'; } }))].join()`, `true,{"x":1},{"g":"v"}`},
		{"non-enumerable and symbol keys dropped", `const o = {[Symbol('k')]: 1, n: 2}; Object.defineProperty(o, 'h', {value: 1}); const c = structuredClone(o); [Object.getOwnPropertySymbols(c).length, Object.getOwnPropertyNames(c).join()].join()`, "0,n"},
		{"sparse array with extra property", `const a = [1, , 3]; a.prop = 'p'; const c = structuredClone(a); [Array.isArray(c), c.length, 1 in c, c.prop].join()`, "true,3,false,p"},
		{"Map and Set", `const m = new Map([[1, {a: 1}], ['k', new Set([1, 2])]]); m.set('self', m); const c = structuredClone(m); [c instanceof Map, c.get(1).a, c.get('k') instanceof Set, [...c.get('k')].join('+'), c.get('self') === c].join()`, "true,1,true,1+2,true"},
		{"Date and RegExp", `const r = /ab+c/gi; r.lastIndex = 3; const c = structuredClone(r); [structuredClone(new Date(5)).getTime(), structuredClone(new Date(NaN)).getTime(), c.source, c.flags, c.lastIndex].join()`, "5,NaN,ab+c,gi,0"},
		{"buffers and views share the cloned buffer", `const ab = new ArrayBuffer(4); const u8 = new Uint8Array(ab); u8[0] = 7; const c = structuredClone({u8, alias: new Uint16Array(ab, 2, 1), ab, dv: new DataView(ab, 1, 2)}); [c.u8.buffer === c.ab, c.alias.buffer === c.ab, c.dv.buffer === c.ab, c.ab !== ab, c.u8[0], c.alias.byteOffset, c.dv.byteOffset, c.dv.byteLength].join()`, "true,true,true,true,7,2,1,2"},
		{"every typed array kind", `[Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array].map(T => structuredClone(new T(2)).constructor.name).join()`,
			"Int8Array,Uint8Array,Uint8ClampedArray,Int16Array,Uint16Array,Int32Array,Uint32Array,Float32Array,Float64Array,BigInt64Array,BigUint64Array"},
		{"errors", `[Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError].map(E => { const e = new E('m'); e.extra = 1; const c = structuredClone(e); return [c.constructor.name, c.message, 'extra' in c, c.stack === e.stack].join('/'); }).join()`,
			"Error/m/false/true,TypeError/m/false/true,RangeError/m/false/true,SyntaxError/m/false/true,ReferenceError/m/false/true,EvalError/m/false/true,URIError/m/false/true"},
		{"error prototype follows the name", `const a = new Error('x'); a.name = 'TypeError'; const b = new TypeError('x'); b.name = 'Custom'; [structuredClone(a).constructor.name, structuredClone(b).constructor.name].join()`, "TypeError,Error"},
		{"error cause and own names", `const c = structuredClone(new Error('x', {cause: {z: 1}})); [c.cause.z, Object.getOwnPropertyNames(c).join('/'), Object.getOwnPropertyNames(structuredClone(new Error())).join('/')].join()`, "1,stack/message/cause,stack"},
		{"boxed primitives", `[typeof structuredClone(new Number(5)), structuredClone(new Number(5)) + 1, structuredClone(new String('ab')).length, structuredClone(new Boolean(false)).valueOf(), typeof structuredClone(Object(1n))].join()`, "object,6,2,false,object"},
		{"platform objects are plain", `[JSON.stringify(structuredClone(new EventTarget())), JSON.stringify(structuredClone(new DOMException('x'))), structuredClone(new DOMException('x')) instanceof DOMException].join()`, "{},{},false"},
		{"transfer", `const src = new ArrayBuffer(8); const moved = structuredClone(src, {transfer: [src]}); [src.byteLength, moved.byteLength].join()`, "0,8"},
		{"transfer inside a view", `const ab = new ArrayBuffer(4); const r = structuredClone({x: new Uint8Array(ab, 1, 2)}, {transfer: [ab]}); [ab.byteLength, r.x.byteOffset, r.x.length, r.x.buffer.byteLength].join()`, "0,1,2,4"},
		{"null options", `structuredClone(1, null)`, "1"},
		{"missing value", `structuredClone()`, "TypeError [ERR_MISSING_ARGS]: The value argument must be specified"},
		{"bad options", `structuredClone(1, 5)`, "TypeError [ERR_INVALID_ARG_TYPE]: The options argument must be either an object or undefined"},
		{"bad transfer", `structuredClone(1, {transfer: 'ab'})`, "TypeError [ERR_INVALID_ARG_TYPE]: Optional transferList argument must be an iterable"},
		{"non-buffer transfer", `structuredClone(1, {transfer: [5]})`, "TypeError [ERR_INVALID_TRANSFER_OBJECT]: Found invalid object in transferList"},
		{"duplicate transfer", `const ab = new ArrayBuffer(1); structuredClone(1, {transfer: [ab, ab]})`, "DataCloneError [25]: Transfer list contains duplicate ArrayBuffer"},
		{"detached buffer", `const ab = new ArrayBuffer(1); structuredClone(ab, {transfer: [ab]}); structuredClone(ab)`, "DataCloneError [25]: An ArrayBuffer is detached and could not be cloned."},
		{"function", `structuredClone({f() {}})`, "DataCloneError [25]: f() {} could not be cloned."},
		{"arrow in array", `structuredClone([1, () => {}])`, "DataCloneError [25]: () => {} could not be cloned."},
		{"symbol", `structuredClone({a: Symbol('s')})`, "DataCloneError [25]: Symbol(s) could not be cloned."},
		{"boxed symbol", `structuredClone(Object(Symbol()))`, "DataCloneError [25]: [object Symbol] could not be cloned."},
		{"WeakMap", `structuredClone(new WeakMap())`, "DataCloneError [25]: #<WeakMap> could not be cloned."},
		{"Promise", `structuredClone(Promise.resolve())`, "DataCloneError [25]: #<Promise> could not be cloned."},
		{"Proxy", `structuredClone(new Proxy({}, {}))`, "DataCloneError [25]: #<Object> could not be cloned."},
		{"Proxy of an array", `structuredClone(new Proxy([], {}))`, "DataCloneError [25]: [object Array] could not be cloned."},
		{"error is a DOMException", `try { structuredClone(() => 1); } catch (e) { [e instanceof DOMException, e.name, e.code].join(); }`, "true,DataCloneError,25"},
	})
}
