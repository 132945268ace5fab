// maxConnections: connections beyond it are closed at once and reported
// with 'drop' and their addresses.
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  s.write('welcome');
});
server.maxConnections = 1;
server.on('drop', (data) => {
  console.log('drop', Object.getPrototypeOf(data), Object.keys(data).join(','),
    data.localAddress, data.localPort === server.address().port, data.localFamily,
    data.remoteAddress, typeof data.remotePort, data.remoteFamily);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1');
  first.once('data', (d) => {
    console.log('first got', String(d));
    const second = net.connect(port, '127.0.0.1');
    second.on('data', (d) => console.log('second got', String(d)));
    second.on('error', (e) => console.log('second error', e.code));
    second.on('end', () => console.log('second end'));
    second.on('close', () => {
      console.log('second closed');
      first.end();
      server.close();
    });
  });
});
