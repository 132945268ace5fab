// UTF-8 StringDecoder: every multi-byte character split at every byte boundary comes out whole,
// and invalid or truncated sequences become U+FFFD exactly as Node makes them.
const { StringDecoder } = require('string_decoder');

const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
const bytes = (arr) => new Uint8Array(arr);

const text = 'aé€😀z';
const encoded = [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x7a];
for (let i = 0; i <= encoded.length; i++) {
  for (let j = i; j <= encoded.length; j++) {
    const d = new StringDecoder('utf8');
    const parts = [d.write(bytes(encoded.slice(0, i))), d.write(bytes(encoded.slice(i, j))), d.write(bytes(encoded.slice(j))), d.end()];
    if (parts.join('') !== text) console.log('split', i, j, 'broke:', JSON.stringify(parts));
  }
}
console.log('all splits of', JSON.stringify(text), 'checked');

// One byte at a time, reporting what each write returns and what is held back.
const d = new StringDecoder('utf8');
for (const b of encoded) {
  const out = d.write(bytes([b]));
  console.log(b.toString(16), JSON.stringify(out), d.lastNeed, d.lastTotal);
}

const invalid = [
  [[0xe2, 0x82], [0x41]],
  [[0xe2], [0x82], []],
  [[0xf0, 0x9f], [0x98, 0x41]],
  [[0xc0, 0x80]],
  [[0xed, 0xa0, 0x80]],
  [[0xf4, 0x90, 0x80, 0x80]],
  [[0x80, 0x80, 0x80, 0x80, 0x80]],
  [[0xff, 0xfe, 0x41]],
  [[0xe0], [0x80, 0x80]],
  [[0xf5, 0x80], [0x80, 0x80]],
  [[0x41, 0xc3], [0xc3, 0xa9]],
  [[0xf0, 0x80, 0x80]],
];
for (const chunks of invalid) {
  const dec = new StringDecoder();
  const outs = chunks.map((c) => codes(dec.write(bytes(c))));
  outs.push(codes(dec.end()));
  console.log(JSON.stringify(chunks), '->', JSON.stringify(outs));
}
