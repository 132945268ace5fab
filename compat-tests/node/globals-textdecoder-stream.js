'use strict';
// TextDecoder in streaming mode never breaks a character split across
// chunks: every way of cutting the input in three gives the same text.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
const text = 'a€b😀cé\ufeffz';

function encode(enc, s) {
  if (enc === 'utf-8') return new TextEncoder().encode(s);
  const units = [];
  for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i));
  const b = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    b[2 * i + (enc === 'utf-16le' ? 0 : 1)] = u & 0xff;
    b[2 * i + (enc === 'utf-16le' ? 1 : 0)] = u >> 8;
  });
  return b;
}

for (const enc of ['utf-8', 'utf-16le', 'utf-16be']) {
  const bytes = encode(enc, text);
  let good = 0;
  let bad = 0;
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const d = new TextDecoder(enc);
      const got = d.decode(bytes.subarray(0, i), { stream: true }) +
        d.decode(bytes.subarray(i, j), { stream: true }) +
        d.decode(bytes.subarray(j), { stream: true }) + d.decode();
      if (got === text) good++; else bad++;
    }
  }
  out(enc, 'bytes', bytes.length, 'splits ok', good, 'broken', bad);
}

{
  const d = new TextDecoder();
  const parts = [[0xe2], [0x82], [0xac], [0xf0, 0x9f], [0x98], [0x80, 0x41]];
  out('byte by byte', parts.map((p) => d.decode(new Uint8Array(p), { stream: true })), JSON.stringify(d.decode()));
}
{
  const d = new TextDecoder();
  out('stream ends mid-character', JSON.stringify(d.decode(new Uint8Array([0x41, 0xe2, 0x82]), { stream: true })), JSON.stringify(d.decode()));
  out('decoder is reusable', d.decode(new Uint8Array([0x42])));
}
{
  const d = new TextDecoder();
  const steps = [[[0xef, 0xbb], true], [[0xbf, 0x41], true], [[0xef, 0xbb, 0xbf, 0x42], false], [[0xef, 0xbb, 0xbf, 0x43], false]];
  out('BOM only at the start of a stream', steps.map(([b, stream]) => JSON.stringify(d.decode(new Uint8Array(b), { stream }))));
}
{
  const d = new TextDecoder('utf-8', { ignoreBOM: true });
  out('ignoreBOM', JSON.stringify(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68]))), d.ignoreBOM);
}
{
  const d = new TextDecoder('utf-16le');
  out('utf-16le stream', [d.decode(new Uint8Array([0xff, 0xfe, 0x41]), { stream: true }),
    d.decode(new Uint8Array([0x00, 0x3d, 0xd8]), { stream: true }), d.decode(new Uint8Array([0x00, 0xde]))]);
  out('odd byte at the end', JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0x00, 0x42]))));
}
{
  const d = new TextDecoder();
  const src = new Uint8Array([0x61, 0x62, 0x63, 0x64]);
  out('sources', d.decode(src.buffer), d.decode(src.subarray(1, 3)), d.decode(new DataView(src.buffer, 2)),
    d.decode(new Uint16Array([0x6968])), JSON.stringify(d.decode()), JSON.stringify(d.decode(undefined)));
}
