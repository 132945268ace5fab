// One datagram per send(), for strings, buffers, views and Blobs, in call
// order.
const { port } = require('./lib/harness.js');
const p = port('UDP_ECHO');
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
const got = [];
s.onopen = () => {
  s.send('string', '127.0.0.1', p);
  s.send(new TextEncoder().encode('arraybuffer').buffer, '127.0.0.1', p);
  s.send(new Uint8Array([117, 56]), '127.0.0.1', p);
  s.send(new DataView(new TextEncoder().encode('dataview').buffer), '127.0.0.1', p);
  s.send(new Blob(['bl', 'ob']), '127.0.0.1', p);
  s.send(new Uint8Array(0), '127.0.0.1', p);
};
s.onmessage = e => {
  got.push(JSON.stringify(e.data));
  if (got.length === 6) { console.log(got.join(' ')); s.close(); }
};
