// Paused-mode reading: 'readable' and read(n) on a socket, read(0),
// unshift of a header's leftover, and the async iterator driven by
// hand with next().
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  s.write('HEADER:abc|body-part-1,');
  setTimeout(() => s.end('body-part-2'), 30);
});

server.listen(0, () => {
  const c = net.connect(server.address().port);
  let header = null;
  const onReadable = () => {
    if (header !== null) return;
    const chunk = c.read();
    if (chunk === null) return;
    const text = chunk.toString();
    const bar = text.indexOf('|');
    header = text.slice(0, bar);
    c.unshift(Buffer.from(text.slice(bar + 1)));
    console.log('header', header, 'readableLength after unshift', c.readableLength);
    c.removeListener('readable', onReadable);
    const it = c[Symbol.asyncIterator]();
    const parts = [];
    const next = () => it.next().then(({ value, done }) => {
      if (done) {
        console.log('iterated', JSON.stringify(parts.join('')));
        server.close();
        return;
      }
      parts.push(value.toString());
      return next();
    });
    next();
  };
  c.on('readable', onReadable);
});
