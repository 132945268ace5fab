// StringDecoder API surface: encodings, errors, string pass-through, end(buf), text(), reuse, views.
const { StringDecoder } = require('string_decoder');

for (const enc of [undefined, null, '', 'UTF8', 'utf-8', 'Latin1', 'BINARY', 'Hex', 'BASE64URL']) {
  console.log(String(enc), new StringDecoder(enc).encoding);
}
for (const enc of ['utf-16', 'foo', 5]) {
  try {
    new StringDecoder(enc);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const d = new StringDecoder('utf8');
console.log(Object.keys(d).join(','), typeof d.write, d.lastNeed, d.lastTotal, d.lastChar.length);
console.log(d.write('already a string'), d.end('tail'));
for (const bad of [5, null, {}, [1, 2], new ArrayBuffer(2)]) {
  try {
    d.write(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// end(buf) decodes buf then flushes; the decoder is reusable afterwards.
console.log(JSON.stringify(d.write(new Uint8Array([0xe2, 0x82]))), d.lastNeed, d.lastTotal, JSON.stringify(Array.from(d.lastChar)));
console.log(JSON.stringify(d.end(new Uint8Array([0xac, 0xe2]))), d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write(new Uint8Array([0x68, 0x69]))));

// text(buf, offset) forgets held bytes and decodes from offset.
d.write(new Uint8Array([0xf0, 0x9f]));
console.log(d.lastNeed, JSON.stringify(d.text(new Uint8Array([0x68, 0x65, 0x6c, 0x6c, 0x6f]), 2)), d.lastNeed);

// Any ArrayBufferView works; its bytes are read in memory order.
const ab = new Uint8Array([0x78, 0x41, 0x42, 0x43, 0x79]).buffer;
console.log(d.write(new Uint8Array(ab, 1, 3)), d.write(new DataView(ab, 3, 2)), d.write(new Uint16Array([0x4241])));

class Hex extends StringDecoder {
  constructor() {
    super('hex');
    this.calls = 0;
  }
  write(b) {
    this.calls++;
    return super.write(b);
  }
}
const h = new Hex();
console.log(h.write(new Uint8Array([1, 255])), h.calls, h instanceof StringDecoder, h.encoding);
const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastNeed');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable);
