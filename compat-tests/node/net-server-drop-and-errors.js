// A server's own error paths: close() when not listening gives
// ERR_SERVER_NOT_RUNNING to the callback (and no 'error' event); listen()
// twice throws ERR_SERVER_ALREADY_LISTEN; getConnections on a closed server
// still answers; maxConnections drops extra clients with a 'drop' event
// describing them, and the dropped client sees its connection end.
'use strict';
const net = require('net');

const server = net.createServer((s) => s.on('error', () => {}));
server.on('error', (e) => console.log('unexpected error event', e.code));
server.close((err) => {
  console.log('close before listen:', err.name, err.code, err.message);
  server.maxConnections = 1;
  server.listen(0, '127.0.0.1', () => {
    try {
      server.listen(0);
    } catch (e) {
      console.log('listen twice:', e.name, e.code, e.message);
    }
    server.on('drop', (data) => {
      console.log('drop', JSON.stringify(Object.keys(data).sort()), data.localPort === server.address().port,
        data.remoteAddress, data.remoteFamily);
    });
    const first = net.connect(server.address().port, '127.0.0.1', () => {
      server.getConnections((err, n) => {
        console.log('connections', err, n);
        const second = net.connect(server.address().port, '127.0.0.1');
        second.on('error', (e) => console.log('second error', e.code));
        second.on('close', () => {
          console.log('second closed by the server');
          first.destroy();
          server.close(() => {
            server.getConnections((err2, n2) => console.log('after close', err2, n2));
          });
        });
        second.resume();
      });
    });
  });
});
