'use strict';
// structuredClone of every supported kind of value.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

out('primitives', [structuredClone('s'), structuredClone(1.5), structuredClone(true), structuredClone(null), String(structuredClone(undefined)), String(structuredClone(12n)), Object.is(structuredClone(-0), -0), Number.isNaN(structuredClone(NaN))]);

{
  const o = { a: 1, b: 'x', c: [1, 2, { d: true }], e: null, f: undefined, g: -0, i: 1n };
  o.self = o;
  o.c.push(o.c);
  const c = structuredClone(o);
  out('object', c !== o, c.self === c, c.c[3] === c.c, Object.is(c.g, -0), typeof c.i, 'f' in c, Object.keys(c));
}
{
  const shared = { s: 1 };
  const c = structuredClone({ x: shared, y: shared, z: [shared] });
  out('shared references stay shared', c.x === c.y, c.z[0] === c.x, c.x !== shared);
}
{
  class K { constructor() { this.x = 1; } get y() { return 2; } method() {} }
  const k = structuredClone(new K());
  out('class instance', Object.getPrototypeOf(k) === Object.prototype, JSON.stringify(k));
  out('getters are read', JSON.stringify(structuredClone({ get g() { return 'computed'; } })));
  const hidden = { shown: 1 };
  Object.defineProperty(hidden, 'hidden', { value: 2, enumerable: false });
  hidden[Symbol('sym')] = 3;
  const hc = structuredClone(hidden);
  out('non-enumerable and symbol keys dropped', Object.getOwnPropertyNames(hc), Object.getOwnPropertySymbols(hc).length);
  out('inherited dropped', structuredClone(Object.assign(Object.create({ inh: 1 }), { own: 2 })));
  out('frozen is not kept', Object.isFrozen(structuredClone(Object.freeze({ a: 1 }))));
  out('key order', Object.keys(structuredClone({ b: 1, a: 2, 1: 'one', 0: 'zero' })));
  out('null prototype', JSON.stringify(structuredClone(Object.assign(Object.create(null), { n: 1 }))));
}
{
  const arr = [1, , 3];
  arr.prop = 'p';
  const c = structuredClone(arr);
  out('sparse array', Array.isArray(c), c.length, 1 in c, c.prop, c);
  out('empty and nested arrays', structuredClone([]), structuredClone([[1], [[2]]]));
}
{
  const m = new Map([[1, { a: 1 }], ['k', new Set([1, 2])], [{ key: true }, 'object key']]);
  m.set('self', m);
  const c = structuredClone(m);
  out('Map', c instanceof Map, c.size, c.get(1), c.get('k') instanceof Set, [...c.get('k')], c.get('self') === c, [...c.keys()][2]);
  const s = new Set([1, 'a', { o: 1 }]);
  s.add(s);
  const sc = structuredClone(s);
  out('Set', sc instanceof Set, sc.size, [...sc].slice(0, 3), [...sc][3] === sc);
}
{
  out('Date', structuredClone(new Date(86400000)).toISOString(), structuredClone(new Date(NaN)).getTime(), structuredClone(new Date(0)) instanceof Date);
  const re = /ab+c/gi;
  re.lastIndex = 3;
  const rc = structuredClone(re);
  out('RegExp', rc instanceof RegExp, rc.source, rc.flags, rc.lastIndex, structuredClone(/x/y).sticky, structuredClone(/\u{1F600}/u).unicode);
}
{
  const ab = new ArrayBuffer(8);
  const u8 = new Uint8Array(ab);
  u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
  const c = structuredClone({ u8, alias: new Uint16Array(ab, 2, 2), ab, dv: new DataView(ab, 1, 3) });
  out('buffers', c.ab !== ab, c.ab.byteLength, c.u8.buffer === c.ab, c.alias.buffer === c.ab, c.dv.buffer === c.ab);
  out('views', Array.from(c.u8), c.alias.byteOffset, c.alias.length, c.dv.byteOffset, c.dv.byteLength, c.dv.getUint8(0));
  c.u8[0] = 99;
  out('independent copy', u8[0], c.alias[0] === new Uint16Array(c.ab, 2, 2)[0]);
  const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array];
  out('typed arrays', kinds.map((T) => { const v = structuredClone(new T([1, 2].map((n) => (T.name.startsWith('Big') ? BigInt(n) : n)))); return v.constructor.name + ':' + v.join('+'); }));
  out('DataView alone', structuredClone(new DataView(new ArrayBuffer(4), 1)).byteLength);
}
{
  const errs = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map((E) => {
    const e = new E('msg');
    e.extra = 1;
    const c = structuredClone(e);
    return [c.constructor.name, c.name, c.message, 'extra' in c, c.stack === e.stack, c instanceof E].join('/');
  });
  out('errors', errs);
  out('cause', structuredClone(new Error('x', { cause: { z: 1 } })).cause);
  const named = new Error('x');
  named.name = 'TypeError';
  const custom = new TypeError('x');
  custom.name = 'Custom';
  out('prototype from the name', structuredClone(named).constructor.name, structuredClone(custom).constructor.name, structuredClone(custom).name);
  class MyErr extends Error { constructor() { super('mine'); this.name = 'MyErr'; } }
  const me = structuredClone(new MyErr());
  out('error subclass', me.constructor.name, me.name, me.message);
  out('own names', Object.getOwnPropertyNames(structuredClone(new Error('m', { cause: 1 }))), Object.getOwnPropertyNames(structuredClone(new Error())));
  out('not an error', structuredClone(Object.create(TypeError.prototype)).constructor.name);
}
{
  out('boxed', typeof structuredClone(new Number(5)), structuredClone(new Number(5)) + 1, structuredClone(new String('ab')).length,
    structuredClone(new Boolean(false)).valueOf(), typeof structuredClone(Object(1n)), structuredClone(Object(1n)).valueOf() === 1n);
  const ns = new String('ab');
  ns.extra = 1;
  out('boxed extras dropped', structuredClone(ns).extra);
}
{
  out('platform objects become plain', JSON.stringify(structuredClone(new EventTarget())), JSON.stringify(structuredClone(new Event('x'))),
    structuredClone(new DOMException('x')) instanceof DOMException);
}
{
  const src = new ArrayBuffer(8);
  const view = new Uint8Array(src);
  view[0] = 42;
  const moved = structuredClone({ buf: src, view }, { transfer: [src] });
  out('transfer', src.byteLength, view.length, moved.buf.byteLength, moved.view[0], moved.view.buffer === moved.buf);
  const kept = new ArrayBuffer(4);
  out('transfer without use', structuredClone(1, { transfer: [kept] }), kept.byteLength);
  out('empty transfer', structuredClone(new ArrayBuffer(2), { transfer: [] }).byteLength, structuredClone(3, { transfer: undefined }), structuredClone(4, null));
}
