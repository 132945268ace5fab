// A socket's 'error' with no listener (a refused connection) goes uncaught
// from inside emit, so Node's report starts with node:events:502; the
// process exits with code 1.
'use strict';
const net = require('net');

const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    console.log('connecting to a closed port');
    net.connect(port, '127.0.0.1');
  });
});
