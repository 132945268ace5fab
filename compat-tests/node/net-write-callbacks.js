// Writes: strings in every encoding, Buffers and Uint8Arrays, callbacks in
// order, cork/uncork batching (one writev), end(data, cb), and the errors
// of writing after end or with a bad chunk.
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('server got', all.length, 'bytes:', JSON.stringify(all.toString('latin1')));
    s.end();
  });
});

server.listen(0, () => {
  const c = net.connect(server.address().port);
  const order = [];
  c.on('connect', () => {
    c.write('plain ', () => order.push(1));
    c.write('68657820', 'hex', () => order.push(2));
    c.write('YmFzZTY0IA==', 'base64', () => order.push(3));
    c.write('latin1 \xe9 ', 'latin1', () => order.push(4));
    c.write(Buffer.from('buffer '), () => order.push(5));
    c.write(new Uint8Array([117, 56, 32]), () => order.push(6));
    c.cork();
    c.write('corked-a ');
    c.write('corked-b ', () => order.push(7));
    console.log('while corked writableCorked', c.writableCorked, 'writableLength', c.writableLength);
    c.uncork();
    const ret = c.end('end-data', () => order.push('end cb'));
    console.log('end returns the socket', ret === c);
    c.write('too late', (err) => {
      order.push('late cb ' + err.code);
    });
    try {
      c.write(42);
    } catch (e) {
      console.log('bad chunk', e.code, e.message);
    }
  });
  c.on('error', (e) => console.log('error event', e.code));
  c.resume();
  c.on('close', () => {
    console.log('callbacks', order.join(','));
    console.log('bytesWritten', c.bytesWritten);
    server.close();
  });
});
