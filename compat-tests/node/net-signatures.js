// The call signatures of connect/createConnection, Socket#connect and
// listen: every form reaches the server, and listen's forms bind where
// they say.
'use strict';
const net = require('net');

const server = net.createServer((s) => s.end('ok'));

function viaClient(label, make) {
  return new Promise((resolve) => {
    let called = false;
    const c = make(server.address().port, () => { called = true; });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('error', (e) => console.log(label, 'error', e.code));
    c.on('close', () => {
      console.log(label, got, 'callback', called, c instanceof net.Socket);
      resolve();
    });
  });
}

function viaListen(label, listen) {
  return new Promise((resolve) => {
    const s = net.createServer();
    let cb = false;
    listen(s, () => { cb = true; });
    s.on('listening', () => {
      const a = s.address();
      console.log(label, 'listening, callback', cb, a.family, a.address, a.port > 0);
      s.close(resolve);
    });
    s.on('error', (e) => {
      console.log(label, 'error', e.code);
      resolve();
    });
  });
}

server.listen(0, async () => {
  await viaClient('connect(port, cb)', (p, cb) => net.connect(p, cb));
  await viaClient('connect(port, host, cb)', (p, cb) => net.connect(p, '127.0.0.1', cb));
  await viaClient('connect(options, cb)', (p, cb) => net.connect({ port: p, host: 'localhost' }, cb));
  await viaClient('connect(string port)', (p, cb) => net.connect(String(p), cb));
  await viaClient('createConnection(options)', (p, cb) => net.createConnection({ port: p }).on('connect', cb));
  await viaClient('new Socket().connect(port, cb)', (p, cb) => new net.Socket().connect(p, cb));
  await viaClient('Socket().connect(options)', (p, cb) => net.Socket().connect({ port: p }).once('connect', cb));
  await viaClient('Stream', (p, cb) => new net.Stream().connect(p, cb));
  await viaListen('listen(cb)', (s, cb) => s.listen(cb));
  await viaListen('listen(0, cb)', (s, cb) => s.listen(0, cb));
  await viaListen("listen(0, '127.0.0.1', cb)", (s, cb) => s.listen(0, '127.0.0.1', cb));
  await viaListen("listen(0, '127.0.0.1', 10, cb)", (s, cb) => s.listen(0, '127.0.0.1', 10, cb));
  await viaListen('listen(0, 10, cb)', (s, cb) => s.listen(0, 10, cb));
  await viaListen("listen('0', cb)", (s, cb) => s.listen('0', cb));
  await viaListen('listen(null, cb)', (s, cb) => s.listen(null, cb));
  await viaListen('listen({ port: undefined }, cb)', (s, cb) => s.listen({ port: undefined }, cb));
  await viaListen("listen({ host: '::1', port: 0 }, cb)", (s, cb) => s.listen({ host: '::1', port: 0 }, cb));
  await viaListen("listen({ host: 'localhost', port: 0 }, cb)", (s, cb) => s.listen({ host: 'localhost', port: 0 }, cb));
  await viaListen("listen({ port: 0, ipv6Only: true }, cb)", (s, cb) => s.listen({ port: 0, ipv6Only: true }, cb));
  server.close();
});
