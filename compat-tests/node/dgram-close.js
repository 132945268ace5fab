'use strict';
// close: its callback, 'close' from the nextTick queue, the double-close
// error, closing while binding (after the queued sends), closing in
// 'listening', and the signal option.
const dgram = require('dgram');

const a = dgram.createSocket('udp4');
a.on('close', () => console.log('a close event'));
const ret = a.close(() => console.log('a close callback'));
console.log('close returns the socket', ret === a);
try { a.close(); } catch (e) { console.log('double close', e.code, e.message); }
process.nextTick(() => console.log('tick after close'));

const server = dgram.createSocket('udp4');
server.on('message', (m) => console.log('server got', m.toString()));
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const b = dgram.createSocket('udp4');
  b.send('queued one', port, '127.0.0.1', (err) => console.log('queued one sent', err));
  b.send('queued two', port, '127.0.0.1', (err) => console.log('queued two sent', err));
  b.close(() => {
    console.log('b closed after its queued sends');
    setTimeout(() => server.close(), 50);
  });
});

const c = dgram.createSocket('udp4');
c.on('listening', () => {
  console.log('c listening');
  c.close();
});
c.on('close', () => console.log('c closed'));
c.bind(0);

const ac = new AbortController();
const d = dgram.createSocket({ type: 'udp4', signal: ac.signal });
d.on('close', () => console.log('d closed by abort'));
d.bind(0, () => {
  console.log('d listening');
  ac.abort();
  try { d.address(); } catch (e) { console.log('address after abort', e.code); }
});

const aborted = AbortSignal.abort();
const e = dgram.createSocket({ type: 'udp4', signal: aborted });
e.on('close', () => console.log('e closed, signal already aborted'));
console.log('sync end');
