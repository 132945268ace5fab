// An exception thrown by a 'data' listener is uncaught: an
// 'uncaughtException' handler sees it and the connection carries on,
// reading what arrives next.
'use strict';
const net = require('net');

let thrown = 0;
process.on('uncaughtException', (err) => {
  thrown++;
  console.log('uncaught:', err.message);
});

const server = net.createServer((s) => {
  s.write('one');
  setTimeout(() => s.end('two'), 50);
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.setEncoding('utf8');
  c.on('data', (d) => {
    console.log('data', d);
    throw new Error('listener failed on ' + d);
  });
  c.on('end', () => console.log('end after', thrown, 'exceptions'));
  c.on('close', () => server.close());
});
