// resetAndDestroy in more places: on the server's side of a connection
// (the client reads ECONNRESET), by a client while the server is reading
// (the server reads ECONNRESET), and on a socket that never connected
// (an 'error' with ERR_SOCKET_CLOSED). Each side's events are printed once
// both sides closed.
'use strict';
const net = require('net');

let logs = { client: [], server: [] };
let closes = 0;
let next;
function closed() {
  if (++closes % 2) return;
  console.log('client:', logs.client.join(' | '));
  console.log('server:', logs.server.join(' | '));
  logs = { client: [], server: [] };
  next();
}

let phase = 0;
const server = net.createServer((sock) => {
  const log = (s) => logs.server.push(s);
  sock.on('error', (e) => log('error ' + e.code));
  sock.on('close', (hadError) => { log('close ' + hadError); closed(); });
  if (phase === 0) {
    sock.once('data', () => {
      const r = sock.resetAndDestroy();
      log('resetAndDestroy returns itself ' + (r === sock) + ', destroyed ' + sock.destroyed);
    });
  }
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const log = (s) => logs.client.push(s);
  const c = net.connect(port, '127.0.0.1', () => c.write('hello'));
  c.on('error', (e) => log('error ' + e.code + ' ' + e.syscall + ' ' + e.message));
  c.on('close', (hadError) => { log('close ' + hadError); closed(); });
  next = () => {
    phase = 1;
    next = third;
    second(port);
  };
});

function second(port) {
  const log = (s) => logs.client.push(s);
  const c = net.connect(port, '127.0.0.1', () => {
    c.write('some data');
    setTimeout(() => {
      c.resetAndDestroy();
      log('reset, readyState ' + c.readyState);
    }, 50);
  });
  c.on('close', (hadError) => { log('close ' + hadError); closed(); });
}

function third() {
  const s = new net.Socket();
  s.resetAndDestroy();
  console.log('unconnected resetAndDestroy did not throw, destroyed', s.destroyed);
  s.on('error', (e) => console.log('unconnected error event', e.name, e.code, e.message));
  s.on('close', (hadError) => {
    console.log('unconnected close', hadError);
    server.close();
  });
}
