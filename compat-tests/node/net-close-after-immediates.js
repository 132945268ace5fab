// A socket's 'close' comes from the loop's close phase: after the
// immediates queued before and right after destroy() in the same
// iteration, as libuv runs the callbacks of closing handles after the
// check phase. The same holds for a dgram socket's close callback.
'use strict';
const net = require('net');
const dgram = require('dgram');

const server = net.createServer(sock => sock.on('close', () => {}));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    setImmediate(() => console.log('immediate before destroy'));
    c.on('close', () => {
      console.log('tcp close');
      server.close();
      const u = dgram.createSocket('udp4');
      u.bind(0, '127.0.0.1', () => {
        setImmediate(() => console.log('immediate before udp close'));
        u.close(() => console.log('udp close'));
        setImmediate(() => console.log('immediate after udp close'));
      });
    });
    c.destroy();
    setImmediate(() => console.log('immediate after destroy'));
  });
});
