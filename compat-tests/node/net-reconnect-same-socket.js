// A net.Socket can connect again after it closed: the second connect goes
// through the same events ('connect', 'ready', 'end', 'close'), counters
// continue, and the server sees two connections.
'use strict';
const net = require('net');

let accepted = 0;
const server = net.createServer((sock) => {
  accepted++;
  sock.end('conn ' + accepted);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = new net.Socket();
  let round = 0;
  c.setEncoding('utf8');
  c.on('connect', () => console.log('connect', round, 'readyState', c.readyState));
  c.on('ready', () => console.log('ready', round));
  c.on('data', (d) => console.log('data', round, d));
  c.on('end', () => console.log('end', round));
  c.on('close', (hadError) => {
    console.log('close', round, hadError, 'destroyed', c.destroyed, 'bytesRead', c.bytesRead);
    if (++round === 1) {
      c.connect(port, '127.0.0.1');
      console.log('connecting again: connecting', c.connecting, 'destroyed', c.destroyed);
    } else {
      console.log('server accepted', accepted);
      server.close();
    }
  });
  c.connect(port, '127.0.0.1');
});
