// More of setTimeout: the timeout property, the callback added as a 'timeout'
// listener and removed again by setTimeout(0, sameCallback), a timeout on
// the server's side of a connection, writes as activity, 'timeout' not
// closing the socket, and no 'timeout' once the socket is destroyed.
'use strict';
const net = require('net');

let first = true;
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.resume();
  if (!first) return;
  first = false;
  sock.setTimeout(60, () => {
    console.log('server side timeout, destroyed', sock.destroyed);
    sock.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('timeout property before', c.timeout);
  const cb = () => console.log('should have been removed');
  c.setTimeout(1000, cb);
  console.log('after setTimeout(1000, cb): timeout', c.timeout, 'listeners', c.listenerCount('timeout'));
  c.setTimeout(0, cb);
  console.log('after setTimeout(0, cb): timeout', c.timeout, 'listeners', c.listenerCount('timeout'));
  c.on('end', () => {
    console.log('client got end from the idle server side');
    writer();
  });
  c.resume();
});

function writer() {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    // Writing every 20 ms keeps the client's 300 ms timeout away.
    let n = 0;
    const iv = setInterval(() => {
      c.write('tick');
      if (++n === 8) {
        clearInterval(iv);
        console.log('8 writes over 160 ms, no timeout yet');
      }
    }, 20);
    c.setTimeout(300);
    c.on('timeout', () => {
      console.log('client timeout after the writes stopped, readyState', c.readyState);
      c.destroy();
      setTimeout(() => {
        console.log('no more timeouts after destroy, destroyed', c.destroyed);
        server.close();
      }, 200);
    });
  });
  c.on('error', () => {});
}
