// Fifty clients at once against one server: each gets its own answer, the
// server counts them with getConnections, and closes after the last.
'use strict';
const net = require('net');

const N = 50;
let maxSeen = 0;
const server = net.createServer((s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => {
    server.getConnections((err, n) => {
      maxSeen = Math.max(maxSeen, n);
      s.end('echo:' + d);
    });
  });
});

server.listen(0, async () => {
  const results = await Promise.all(Array.from({ length: N }, (_, i) => new Promise((resolve) => {
    const c = net.connect(server.address().port, () => c.write('client' + i));
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve(got === 'echo:client' + i));
  })));
  console.log('all answered correctly', results.every(Boolean), results.length);
  console.log('connections seen at once > 1', maxSeen > 1);
  server.close(() => console.log('closed'));
});
