// Without allowHalfOpen a socket ends its side when the peer ends, and a
// later write fails with EPIPE ("ended by the other party").
'use strict';
const net = require('net');

const log = [];
const server = net.createServer((sock) => {
  sock.end('bye');
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.on('data', (d) => log.push('data ' + d));
  c.on('end', () => {
    log.push('end writable=' + c.writable + ' writableEnded=' + c.writableEnded);
    setImmediate(() => {
      const ret = c.write('late', (err) => log.push('write cb ' + (err && err.code)));
      log.push('write returned ' + ret);
    });
  });
  c.on('finish', () => log.push('finish'));
  c.on('error', (err) => log.push('error ' + err.code + ' ' + err.message));
  c.on('close', (hadError) => {
    log.push('close ' + hadError);
    server.close(() => console.log(log.join('\n')));
  });
});
