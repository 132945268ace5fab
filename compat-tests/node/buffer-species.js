'use strict';
// Shared helpers: show() prints any result as one deterministic line,
// t() prints a result or the error's name, code and message.
function show(v) {
  if (Buffer.isBuffer(v)) return 'Buffer<' + v.toString('hex') + '>';
  if (v instanceof Uint8Array) return v.constructor.name + '<' + Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') + '>';
  if (typeof v === 'bigint') return v + 'n';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}
function t(label, fn) {
  try {
    console.log(label, '=>', show(fn()));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}

const b = Buffer.from([1, 2, 3, 4]);
t('map', () => b.map((x) => x * 2));
t('map isBuffer', () => Buffer.isBuffer(b.map((x) => x)));
t('filter', () => b.filter((x) => x % 2 === 0));
t('filter isBuffer', () => Buffer.isBuffer(b.filter(() => true)));
t('filter none', () => b.filter(() => false));
t('reverse', () => Buffer.from([1, 2, 3]).reverse());
t('sort', () => Buffer.from([3, 1, 2]).sort());
t('reduce', () => b.reduce((a, x) => a + x, 0));
t('join', () => b.join('-'));
t('find', () => b.find((x) => x > 2));
t('findIndex', () => b.findIndex((x) => x > 2));
t('every', () => b.every((x) => x > 0));
t('some', () => b.some((x) => x > 3));
t('at', () => b.at(-1));
t('set', () => { const x = Buffer.alloc(4); x.set([9, 8], 1); return x; });
t('set Buffer', () => { const x = Buffer.alloc(4); x.set(Buffer.from([7, 7]), 2); return x; });
t('copyWithin', () => Buffer.from([1, 2, 3, 4, 5]).copyWithin(0, 3));
t('spread', () => [...b].join());
t('Array.from', () => Array.from(b).join());
t('entries', () => [...b.entries()].map((e) => e.join(':')).join());
t('keys', () => [...b.keys()].join());
t('values', () => [...b.values()].join());
t('for of', () => { let s = 0; for (const x of b) s += x; return s; });
t('for in', () => { const ks = []; for (const k in Buffer.from([5, 6])) ks.push(k); return ks.length + ' ' + ks.slice(0, 3).join(); });
t('Object.keys', () => Object.keys(Buffer.from([5, 6])).join());
t('length', () => b.length + ' ' + b.byteLength);
t('index out of range', () => String(b[10]));
t('index write out of range', () => { const x = Buffer.alloc(1); x[5] = 1; return x.length + ' ' + String(x[5]); });
t('Uint8Array.from(buf)', () => { const u = Uint8Array.from(b); return u.constructor.name + ' ' + u.join(); });
t('new Uint8Array(buf)', () => { const u = new Uint8Array(b); u[0] = 9; return b[0]; });
t('Buffer.from(buf.buffer)', () => { const x = Buffer.from('abc'); return Buffer.from(x.buffer, x.byteOffset, x.length).toString(); });
t('constructor.name', () => b.constructor.name);
t('toString tag', () => Object.prototype.toString.call(b));
t('Symbol.toStringTag', () => b[Symbol.toStringTag]);
t('instanceof after map', () => b.map((x) => x) instanceof Uint8Array);
t('species subarray', () => b.subarray(1).constructor === Buffer);
t('species create', () => { const S = Buffer[Symbol.species]; const x = new S(2); return Buffer.isBuffer(x) + ' ' + x.length; });
t('species from ab', () => { const S = Buffer[Symbol.species]; const x = new S(new ArrayBuffer(4), 1, 2); return x.byteOffset + ' ' + x.length; });
