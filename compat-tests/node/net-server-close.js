// server.close(): stops accepting at once, but 'close' waits for the open
// connections; getConnections counts them; listening and address follow.
'use strict';
const net = require('net');

const log = [];
const clientLog = [];
const socks = [];
const server = net.createServer((s) => {
  socks.push(s);
  s.on('close', () => log.push('server socket closed'));
  if (socks.length === 2) step2();
});
server.on('close', () => log.push('server close event'));

server.listen(0, '127.0.0.1', () => {
  log.push('listening ' + server.listening);
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1');
  const b = net.connect(port, '127.0.0.1');
  a.on('close', () => clientLog.push('a closed'));
  b.on('close', () => clientLog.push('b closed'));
  server.port = port;
});

function step2() {
  server.getConnections((err, n) => {
    log.push('connections ' + err + ' ' + n);
    server.close((err) => {
      log.push('close callback ' + err);
      server.getConnections((err, n) => {
        log.push('connections after ' + n);
        process.on('exit', () => console.log(log.concat(clientLog.sort()).join('\n')));
      });
    });
    log.push('after close(): listening ' + server.listening + ' address ' + server.address());
    const late = net.connect(server.port, '127.0.0.1');
    late.on('error', (err) => {
      log.push('late connect ' + err.code);
      socks[0].end();
      setTimeout(() => socks[1].destroy(), 50);
    });
  });
}
