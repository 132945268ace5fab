// setEncoding decodes with a streaming decoder: multi-byte characters split
// across pushes come out whole, in utf8, utf16le, base64 and hex, and
// setEncoding after data was buffered re-decodes the buffer.
const { Readable } = require('stream');

function run(label, encoding, bytes, cuts) {
  return new Promise((resolve) => {
    const parts = [];
    let prev = 0;
    for (const cut of cuts.concat(bytes.length)) {
      parts.push(bytes.subarray(prev, cut));
      prev = cut;
    }
    const r = new Readable({ read() {} });
    r.setEncoding(encoding);
    const out = [];
    r.on('data', (s) => out.push(s));
    r.on('end', () => {
      console.log(label, encoding, typeof out[0], JSON.stringify(out), r.readableEncoding);
      resolve();
    });
    let i = 0;
    (function next() {
      if (i < parts.length) {
        r.push(parts[i++]);
        setImmediate(next);
      } else {
        r.push(null);
      }
    })();
  });
}

const text = 'a€b😀c';
const utf8 = Buffer.from(text, 'utf8');
(async () => {
  await run('euro split', 'utf8', utf8, [2, 3]);
  await run('emoji split 1-3', 'utf8', utf8, [6, 7, 8]);
  await run('every byte', 'utf8', utf8, Array.from({ length: utf8.length - 1 }, (_, i) => i + 1));
  await run('utf16le odd', 'utf16le', Buffer.from(text, 'utf16le'), [1, 3, 5]);
  await run('base64', 'base64', Buffer.from('hello world'), [1, 2, 4, 7]);
  await run('hex', 'hex', Buffer.from([1, 2, 255]), [1]);
  await run('truncated at end', 'utf8', Buffer.from([0x61, 0xe2, 0x82]), [2]);

  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(Buffer.from([0xac, 0x41]));
  console.log('buffered before setEncoding', r.readableLength);
  r.setEncoding('utf8');
  console.log('after setEncoding', r.readableLength, JSON.stringify(r.read()));
  const r2 = new Readable({ read() {}, encoding: 'latin1' });
  r2.push(Buffer.from([0xe9]));
  r2.push('plain string');
  r2.push(null);
  r2.on('data', (d) => console.log('latin1 data', JSON.stringify(d)));
})();
