// UTF-16LE (ucs2) StringDecoder: odd bytes and surrogate pairs split across writes.
const { StringDecoder } = require('string_decoder');

const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
const bytes = (arr) => new Uint8Array(arr);

// 'a', '€', '😀' (a surrogate pair), 'z'
const encoded = [0x61, 0x00, 0xac, 0x20, 0x3d, 0xd8, 0x00, 0xde, 0x7a, 0x00];
for (const name of ['utf16le', 'ucs2', 'UTF-16LE', 'ucs-2']) {
  const d = new StringDecoder(name);
  console.log(name, d.encoding);
}
for (let i = 0; i <= encoded.length; i++) {
  const d = new StringDecoder('utf16le');
  const a = d.write(bytes(encoded.slice(0, i)));
  const b = d.write(bytes(encoded.slice(i)));
  console.log(i, JSON.stringify([codes(a), codes(b), codes(d.end())]), a + b === 'a€😀z');
}

const d = new StringDecoder('utf16le');
for (const b of encoded) {
  const out = d.write(bytes([b]));
  console.log(b.toString(16), JSON.stringify(codes(out)), d.lastNeed, d.lastTotal);
}

// Ends: a dangling odd byte is dropped, a lone high surrogate is returned as is.
for (const chunk of [[0x41], [0x41, 0x00, 0x42], [0x3d, 0xd8], [0x3d, 0xd8, 0x00], [0x00, 0xdc]]) {
  const e = new StringDecoder('utf16le');
  console.log(JSON.stringify(chunk), JSON.stringify(codes(e.write(bytes(chunk)))), JSON.stringify(codes(e.end())));
}
const e = new StringDecoder('ucs2');
console.log(JSON.stringify(codes(e.end(bytes([0x3d, 0xd8, 0x00, 0xde, 0x41])))));
