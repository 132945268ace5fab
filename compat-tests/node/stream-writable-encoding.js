// Writable string handling: strings become Buffers unless decodeStrings is
// false, the encoding argument and defaultEncoding decide how, and
// setDefaultEncoding changes it for later writes.
const { Writable } = require('stream');

function sink(opts) {
  return new Writable(Object.assign({
    write(chunk, enc, cb) {
      console.log(Buffer.isBuffer(chunk) ? 'buffer ' + chunk.toString('hex') : 'string ' + JSON.stringify(chunk), enc);
      cb();
    },
  }, opts));
}

const a = sink();
a.write('héllo');
a.write('68656c6c6f', 'hex');
a.write('aGk=', 'base64');
a.write(new Uint8Array([1, 2, 3]));
a.write(new Uint16Array([258]));
a.write(Buffer.from('buf'), 'latin1');

const b = sink({ decodeStrings: false });
b.write('kept as string');
b.write('with encoding', 'latin1');
b.write(Buffer.from('still a buffer'));

const c = sink({ defaultEncoding: 'hex' });
c.write('ff00');
c.setDefaultEncoding('BASE64');
c.write('AQI=');
console.log('default now', c._writableState.defaultEncoding);

const d = sink({ decodeStrings: false, defaultEncoding: 'latin1' });
d.write('x');
d.end('y', 'utf16le');
