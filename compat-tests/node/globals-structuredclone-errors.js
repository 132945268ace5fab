'use strict';
// structuredClone refuses what cannot be cloned with a DOMException
// DataCloneError, and checks its arguments.
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, '=>', typeof v === 'object' ? JSON.stringify(v) : String(v));
  } catch (e) {
    console.log(label, '!!', e.constructor.name, e.name, e.code, e.message, e instanceof DOMException);
  }
}
t('no argument', () => structuredClone());
t('arrow', () => structuredClone(() => {}));
t('named function', () => structuredClone(function foo() { return 1; }));
t('method', () => structuredClone({ f() {} }));
t('class', () => structuredClone(class A {}));
t('function in array', () => structuredClone([1, 2, function bar() {}]));
t('function in Map key', () => structuredClone(new Map([[() => {}, 1]])));
t('function in Set', () => structuredClone(new Set([() => 2])));
t('function as property of instance', () => structuredClone(new (class X { constructor() { this.f = () => 1; } })()));
t('symbol', () => structuredClone(Symbol('s')));
t('symbol without description', () => structuredClone(Symbol()));
t('symbol property value', () => structuredClone({ a: Symbol('inner') }));
t('boxed symbol', () => structuredClone(Object(Symbol())));
t('WeakMap', () => structuredClone(new WeakMap()));
t('WeakSet', () => structuredClone(new WeakSet()));
t('Promise', () => structuredClone(Promise.resolve(1)));
t('Proxy', () => structuredClone(new Proxy({}, {})));
t('Proxy of array', () => structuredClone(new Proxy([], {})));
t('options number', () => structuredClone(1, 5));
t('options string', () => structuredClone(1, 'x'));
t('options null', () => structuredClone(1, null));
t('transfer number', () => structuredClone(1, { transfer: 5 }));
t('transfer string', () => structuredClone(1, { transfer: 'ab' }));
t('transfer null', () => structuredClone(1, { transfer: null }));
t('transfer non-buffer', () => structuredClone(1, { transfer: [5] }));
t('transfer a view', () => structuredClone(1, { transfer: [new Uint8Array(1)] }));
t('transfer duplicate', () => { const ab = new ArrayBuffer(1); return structuredClone(1, { transfer: [ab, ab] }); });
t('detached buffer', () => { const ab = new ArrayBuffer(1); structuredClone(ab, { transfer: [ab] }); return structuredClone(ab); });
t('detached buffer in transfer', () => { const ab = new ArrayBuffer(1); structuredClone(ab, { transfer: [ab] }); return structuredClone(1, { transfer: [ab] }); });
t('getter that throws', () => structuredClone({ get bad() { throw new RangeError('from getter'); } }));
t('nothing is detached when cloning fails', () => {
  const ab = new ArrayBuffer(4);
  try { structuredClone({ ab, f() {} }, { transfer: [ab] }); } catch (e) { /* expected */ }
  return ab.byteLength;
});
t('structuredClone itself', () => [structuredClone.name, structuredClone.length, typeof structuredClone]);
