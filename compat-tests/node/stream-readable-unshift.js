// unshift() puts data back at the front (a parser returning what it read
// past a header); after 'end' it is an error; unshift(null) ends the
// stream.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('HEADER:len=5\nbodybodybody');
r.push(null);
r.once('readable', () => {
  const chunk = r.read();
  const text = String(chunk);
  const nl = text.indexOf('\n');
  console.log('header', JSON.stringify(text.slice(0, nl)));
  r.unshift(Buffer.from(text.slice(nl + 1)));
  console.log('after unshift length', r.readableLength);
  console.log('body read(4)', String(r.read(4)));
  r.on('data', (d) => console.log('rest', String(d)));
  r.on('end', () => {
    console.log('end');
    r.on('error', (e) => console.log('unshift after end', e.code));
    r.unshift('late');
  });
});

const s = new Readable({ read() {}, encoding: 'utf8' });
s.push('world');
s.unshift('hello ');
s.unshift(Buffer.from('¡'), 'utf8');
console.log('string mode', JSON.stringify(s.read()));

const o = new Readable({ objectMode: true, read() {} });
o.push(2);
o.unshift(1);
o.unshift(null);
console.log('object unshift', o.read(), o.read(), o.readableLength);
o.on('end', () => console.log('ended via unshift(null)'));
o.resume();
