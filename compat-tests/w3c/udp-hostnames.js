// Destinations may be names: datagrams still leave in call order, and a
// name that does not resolve is an error event for that datagram only.
const { port } = require('./lib/harness.js');
const p = port('UDP_ECHO');
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
const got = [];
s.onopen = () => {
  s.send('1', 'localhost', p);
  s.send('2', '127.0.0.1', p);
  s.send('3', 'no-such-host.invalid', p);
  s.send('4', 'localhost', p);
  console.log('buffered while resolving', s.bufferedAmount > 0);
};
s.onerror = e => console.log('error', e.name, s.readyState);
s.onmessage = e => {
  got.push(e.data);
  if (got.length === 3) { console.log('order', got.join(',')); s.close(); }
};
