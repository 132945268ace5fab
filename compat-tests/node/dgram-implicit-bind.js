'use strict';
// Sends, connect and close made before bind: the first send binds the
// socket to a free port on all interfaces and the rest wait for
// 'listening', in order (a close among them drops the sends, which still
// wait for their lookups); a send to an unknown host without a callback is an
// 'error' event; joining a group binds as libuv does, after which bind()
// fails with EINVAL.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const got = [];
server.on('message', (msg, rinfo) => {
  got.push(msg.toString());
  if (got.length === 3) {
    console.log('server got', got.join());
    server.close(sendToUnknownHost);
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = dgram.createSocket('udp4');
  c.on('listening', () => {
    const a = c.address();
    console.log('implicitly bound', a.address, a.family, a.port > 0);
  });
  c.send('first', port, '127.0.0.1', (err, n) => console.log('first sent', err, n));
  console.log('queued', c.getSendQueueCount(), c.getSendQueueSize());
  c.send('second', port, '127.0.0.1', (err, n) => console.log('second sent', err, n));
  try { c.address(); } catch (e) { console.log('address while binding', e.code); }
  try { c.bind(0); } catch (e) { console.log('bind while binding', e.code); }
  c.send('third', port, '127.0.0.1', () => c.close(() => console.log('c closed')));
  // Closing while binding runs after the queued sends, but they still wait
  // for their lookups and find the socket closed: nothing goes out.
  const d = dgram.createSocket('udp4');
  d.send('never', port, '127.0.0.1', () => console.log('never called'));
  d.close(() => console.log('d closed, its send dropped'));
});

function sendToUnknownHost() {
  const lost = dgram.createSocket('udp4');
  lost.on('error', (err) => {
    console.log('error event', err.code, err.syscall, err.hostname);
    lost.close();
  });
  lost.send('x', 9, 'nonexistent.invalid');
}

const connector = dgram.createSocket('udp4');
connector.connect(9, '127.0.0.1', () => {
  console.log('connect bound it too', connector.address().address);
  connector.close();
});

const joiner = dgram.createSocket({ type: 'udp4', reuseAddr: true });
try {
  joiner.dropMembership('224.0.0.114');
} catch (e) {
  console.log('drop before bind', e.code, e.syscall);
}
const a = joiner.address();
console.log('bound by the membership call', a.address, a.port > 0);
joiner.on('error', (e) => {
  console.log('bind after that', e.code, e.message);
  joiner.close();
});
joiner.bind(0);
