// base64, base64url, hex, latin1 and ascii StringDecoders, with input split across writes.
const { StringDecoder } = require('string_decoder');

const bytes = (arr) => new Uint8Array(arr);
const input = [0xfb, 0xff, 0xbf, 0x00, 0x41, 0xe9, 0x7f, 0x80];

for (const enc of ['base64', 'base64url', 'hex', 'latin1', 'binary', 'ascii']) {
  for (const split of [0, 1, 2, 4, 5, 8]) {
    const d = new StringDecoder(enc);
    const out = [d.write(bytes(input.slice(0, split))), d.lastNeed, d.lastTotal, d.write(bytes(input.slice(split))), d.end()];
    console.log(enc, split, d.encoding, JSON.stringify(out));
  }
}

const d = new StringDecoder('base64');
for (const b of input) {
  console.log(JSON.stringify(d.write(bytes([b]))), d.lastNeed, d.lastTotal, JSON.stringify(Array.from(d.lastChar)));
}
console.log(JSON.stringify(d.end()));
console.log(JSON.stringify(new StringDecoder('base64').end(bytes([1]))), JSON.stringify(new StringDecoder('base64url').end(bytes([1, 2]))));
