// Corked writes go out together (one writev) with strings in several
// encodings mixed with Buffers; setDefaultEncoding applies to strings
// written without one; the callbacks all run, in order.
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  const parts = [];
  s.on('data', (d) => parts.push(d));
  s.on('end', () => {
    console.log('server got', JSON.stringify(Buffer.concat(parts).toString('latin1')));
    s.end();
  });
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    const order = [];
    c.cork();
    c.write('plain,', () => order.push('a'));
    c.write(Buffer.from('buffer,'), () => order.push('b'));
    c.write('6865782c', 'hex', () => order.push('c'));
    c.setDefaultEncoding('base64');
    c.write('YjY0LA==', () => order.push('d'));
    c.write('bGFzdA==');
    console.log('corked', c.writableCorked, 'buffered', c.writableBuffer.length);
    process.nextTick(() => {
      c.uncork();
      c.end(() => console.log('callbacks', order.join('')));
    });
  });
  c.resume();
  c.on('close', () => server.close());
});
