// resetAndDestroy sends RST: the peer's socket fails with ECONNRESET;
// the resetting socket closes without error.
'use strict';
const net = require('net');

const serverLog = [];
const clientLog = [];

const server = net.createServer((sock) => {
  sock.on('error', (err) => serverLog.push(['server error', err.code, err.syscall, err.message].join(' ')));
  sock.on('close', (hadError) => {
    serverLog.push('server close ' + hadError);
    server.close(() => console.log(clientLog.concat(serverLog).join('\n')));
  });
  sock.write('hello');
});

server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.on('data', () => {
    const ret = c.resetAndDestroy();
    clientLog.push('returns socket ' + (ret === c) + ' destroyed ' + c.destroyed);
  });
  c.on('error', (err) => clientLog.push('client error ' + err.code));
  c.on('close', (hadError) => clientLog.push('client close ' + hadError));
  const fresh = new net.Socket();
  fresh.on('error', (err) => console.log('unconnected resetAndDestroy:', err.code, err.message));
  fresh.resetAndDestroy();
});
