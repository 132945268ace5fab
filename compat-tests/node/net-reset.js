// resetAndDestroy sends RST: the peer's socket fails with ECONNRESET;
// the resetting socket closes without error.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  sock.on('error', (err) => console.log('server error', err.code, err.syscall, err.message));
  sock.on('close', (hadError) => {
    console.log('server close', hadError);
    server.close();
  });
  sock.write('hello');
});

server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.on('data', () => {
    const ret = c.resetAndDestroy();
    console.log('returns socket', ret === c, 'destroyed', c.destroyed);
  });
  c.on('error', (err) => console.log('client error', err.code));
  c.on('close', (hadError) => console.log('client close', hadError));
  const fresh = new net.Socket();
  fresh.on('error', (err) => console.log('unconnected resetAndDestroy:', err.code, err.message));
  fresh.resetAndDestroy();
});
