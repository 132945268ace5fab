// A server's events in order: 'listening' (with the callback), each
// 'connection', 'close' after close() and the last connection, plus
// listening and address() along the way.
'use strict';
const net = require('net');

const events = [];
const server = net.createServer();
console.log('before listen', server.listening, server.address());
server.on('listening', () => events.push('listening event ' + server.listening));
server.on('connection', (s) => {
  events.push('connection ' + (s.server === server));
  s.end();
});
server.on('close', () => {
  events.push('close event ' + server.listening);
  console.log(events.join('\n'));
});
server.listen(0, () => {
  events.push('listen callback');
  let n = 0;
  for (let i = 0; i < 3; i++) {
    const c = net.connect(server.address().port);
    c.resume();
    c.on('close', () => {
      if (++n === 3) {
        server.close(() => events.push('close callback'));
        events.push('close() returned, listening ' + server.listening);
      }
    });
  }
});
