// unref lets the process exit while a server listens or a socket is open;
// ref makes them hold it again; unref before listen and before connect
// are remembered.
'use strict';
const net = require('net');

const idle = net.createServer();
idle.unref();
idle.listen(0, () => console.log('unref before listen: listening', idle.listening));

// The server's side of each connection is unref'd too, or it would hold
// the process.
const server = net.createServer((s) => {
  s.unref();
  s.on('data', () => {});
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.unref();
  c.on('connect', () => {
    console.log('connected; unref the server too');
    server.unref();
    const held = net.connect(server.address().port);
    held.ref();
    held.on('connect', () => {
      console.log('a referenced socket holds the process for a while');
      setTimeout(() => {
        held.destroy();
        console.log('destroyed it; nothing holds the process now');
      }, 50);
    });
  });
});
process.on('exit', (code) => console.log('exit', code, 'server still listening', server.listening));
