'use strict';
// Connected sockets: connect/'connect', remoteAddress, send without an
// address, the connected/not-connected errors, disconnect, a failed connect.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
function attempt(name, fn) {
  try {
    const r = fn();
    console.log(name, 'ok', r);
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
attempt('remoteAddress before connect', () => client.remoteAddress());
attempt('disconnect before connect', () => client.disconnect());
attempt('connect port 0', () => client.connect(0));
attempt('connect bad address', () => client.connect(1234, 5));
const got = [];
server.on('message', (msg) => {
  got.push(msg.toString());
  if (msg.toString() === 'three') {
    console.log('server got', got.join());
    server.close();
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.on('connect', () => console.log('connect event'));
  const r = client.connect(port, '127.0.0.1', () => {
    console.log('connect callback');
    const ra = client.remoteAddress();
    console.log('remoteAddress', ra.address, ra.family, ra.port === port, Object.keys(ra).join());
    attempt('connect again', () => client.connect(port));
    attempt('send with port', () => client.send('x', port));
    attempt('send with port and address', () => client.send('x', port, '127.0.0.1'));
    attempt('send with offset and port', () => client.send('xyz', 0, 1, port));
    client.send('one', (err, n) => {
      console.log('one sent', err, n);
      client.send(Buffer.from('a two b'), 2, 3, (err2, n2) => {
        console.log('two sent', err2, n2);
        client.send('three', () => {
          attempt('disconnect', () => client.disconnect());
          attempt('remoteAddress after disconnect', () => client.remoteAddress());
          attempt('send without port after disconnect', () => client.send('x'));
          client.close(() => console.log('client closed'));
          process.nextTick(() => console.log('after client close, before server close'));
        });
      });
    });
  });
  console.log('connect returns', r);
  attempt('connect while connecting', () => client.connect(port));
});
server.on('close', () => {
  const failing = dgram.createSocket('udp4');
  failing.connect(53, 'nonexistent.invalid', (err) => {
    console.log('failed connect', err.code, err.syscall, err.hostname);
    attempt('remoteAddress after failed connect', () => failing.remoteAddress());
    failing.close();
    const failing2 = dgram.createSocket('udp4');
    failing2.on('error', (err2) => {
      console.log('failed connect event', err2.code, err2.syscall);
      failing2.close();
    });
    failing2.connect(53, 'nonexistent.invalid');
  });
});
