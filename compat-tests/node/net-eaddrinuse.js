// Listening on a port already taken: 'error' on the next tick with
// EADDRINUSE, the properties Node gives it, and the server stays closed.
'use strict';
const net = require('net');

const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  let sync = true;
  b.on('error', (err) => {
    console.log('async', !sync);
    console.log(err.message === 'listen EADDRINUSE: address already in use 127.0.0.1:' + port);
    console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log(Object.keys(err).join(','));
    console.log('listening', b.listening, 'address', b.address());
    // The same server can listen again elsewhere.
    b.listen(0, '127.0.0.1', () => {
      console.log('second listen ok', b.listening);
      b.close();
      a.close();
    });
  });
  b.on('listening', () => console.log('unexpected listening'));
  b.listen(port, '127.0.0.1');
  sync = false;
});
