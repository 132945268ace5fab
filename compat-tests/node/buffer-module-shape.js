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

const buffer = require('buffer');
t('same module', () => require('node:buffer') === buffer);
t('global Buffer', () => buffer.Buffer === Buffer);
t('exports', () => ['Buffer', 'SlowBuffer', 'atob', 'btoa', 'transcode', 'isAscii', 'isUtf8', 'constants', 'kMaxLength', 'kStringMaxLength', 'INSPECT_MAX_BYTES'].map((k) => k + ':' + typeof buffer[k]).join(' '));
t('kMaxLength', () => buffer.kMaxLength);
t('kStringMaxLength', () => buffer.kStringMaxLength);
t('constants', () => buffer.constants);
t('INSPECT_MAX_BYTES', () => buffer.INSPECT_MAX_BYTES);
t('global atob', () => atob === buffer.atob && btoa === buffer.btoa);
t('Buffer name/length', () => Buffer.name + '/' + Buffer.length);
t('statics', () => ['from', 'copyBytesFrom', 'of', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding', 'concat', 'byteLength'].map((k) => k + ':' + Buffer[k].name + '/' + Buffer[k].length).join(' '));
t('poolSize', () => Buffer.poolSize);
t('Buffer proto chain', () => Object.getPrototypeOf(Buffer) === Uint8Array);
t('prototype chain', () => Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
t('constructor', () => Buffer.prototype.constructor === Buffer);
t('instanceof', () => { const b = Buffer.alloc(1); return [b instanceof Buffer, b instanceof Uint8Array, ArrayBuffer.isView(b)].join(); });
t('species', () => { const S = Buffer[Symbol.species]; return [S.name, S.length, S === Buffer, S.prototype === Buffer.prototype, Object.getPrototypeOf(S) === Uint8Array].join(); });
const protoNames = Object.getOwnPropertyNames(Buffer.prototype).sort();
t('prototype names', () => protoNames.join(','));
t('prototype fn names', () => protoNames.filter((k) => k !== 'parent' && k !== 'offset' && k !== 'constructor').map((k) => k + '=' + Buffer.prototype[k].name + '/' + Buffer.prototype[k].length).join(' '));
t('enumerable proto keys', () => Object.keys(Buffer.prototype).length);
t('custom inspect', () => typeof Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
t('SlowBuffer', () => [buffer.SlowBuffer.name, buffer.SlowBuffer.length, Object.getPrototypeOf(buffer.SlowBuffer) === Uint8Array].join());
t('parent/offset', () => { const ab = new ArrayBuffer(8); const b = Buffer.from(ab, 2, 3); return [b.parent === ab, b.offset, new Uint8Array(2).parent].join(); });
t('inspect', () => Buffer.from('hello').inspect());
t('inspect empty', () => Buffer.alloc(0).inspect());
t('inspect long', () => Buffer.alloc(60, 1).inspect());
t('inspect 51', () => Buffer.alloc(51, 2).inspect());
buffer.INSPECT_MAX_BYTES = 2;
t('inspect max 2', () => Buffer.from('abc').inspect());
t('set INSPECT_MAX_BYTES bad', () => { buffer.INSPECT_MAX_BYTES = -1; });
t('set INSPECT_MAX_BYTES type', () => { buffer.INSPECT_MAX_BYTES = '3'; });
buffer.INSPECT_MAX_BYTES = 50;
