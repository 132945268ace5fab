'use strict';
const util = require('util');
const t = util.types;
const samples = {
  date: new Date(), regexp: /x/, promise: Promise.resolve(), map: new Map(), set: new Set(), weakmap: new WeakMap(),
  weakset: new WeakSet(), u8: new Uint8Array(1), f64: new Float64Array(1), clamped: new Uint8ClampedArray(1),
  big64: new BigInt64Array(1), ab: new ArrayBuffer(1), dv: new DataView(new ArrayBuffer(1)), asyncFn: async () => {},
  asyncMethod: { async m() {} }.m, genFn: function* () {}, gen: (function* () {})(), fn: function () {},
  err: new TypeError('t'), errLike: Object.create(Error.prototype), num: new Number(1), str: new String('s'),
  bool: new Boolean(true), bigObj: Object(1n), symObj: Object(Symbol('s')), args: (function () { return arguments; })(),
  mapIter: new Map().keys(), setIter: new Set().values(), proxy: new Proxy({}, {}), plain: {}, arr: [], prim: 1, nul: null,
};
const preds = Object.keys(t).filter((k) => !['isExternal', 'isModuleNamespaceObject', 'isKeyObject', 'isCryptoKey', 'isSharedArrayBuffer'].includes(k)).sort();
for (const pred of preds) {
  const hits = Object.keys(samples).filter((k) => t[pred](samples[k]));
  console.log(pred, hits.join(','));
}
console.log(t.isSharedArrayBuffer(new ArrayBuffer(1)), t.isExternal({}), t.isModuleNamespaceObject({}));
