// A refused connection: the error's properties, the events around it, and
// the socket's state afterwards.
'use strict';
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  server.close(() => {
    const c = net.connect(port, '127.0.0.1');
    const events = [];
    c.on('connect', () => events.push('connect'));
    c.on('error', (err) => {
      events.push('error');
      console.log(err.message === 'connect ECONNREFUSED 127.0.0.1:' + port);
      console.log(err.name, err.code, err.errno, err.syscall, err.address, err.port === port);
      console.log(Object.keys(err).join(','));
      console.log('connecting', c.connecting, 'destroyed', c.destroyed, 'pending', c.pending);
    });
    c.on('close', (hadError) => {
      events.push('close ' + hadError);
      console.log(events.join(', '), c.readyState);
      // The callback form and a later write fail the same way.
      const c2 = net.connect({ port, host: '127.0.0.1' }, () => console.log('unexpected'));
      c2.write('queued while connecting', (err) => console.log('write cb', err.code, err.message));
      c2.on('error', (err) => console.log('c2 error', err.code));
      c2.on('close', () => console.log('c2 close'));
    });
  });
});
