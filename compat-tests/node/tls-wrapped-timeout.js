// The idle timer of a socket that a TLSSocket wraps (a server's, made with
// new tls.TLSSocket(raw, { isServer: true })): the TLS socket's writes and
// reads count as the wrapped socket's activity, with raw.setTimeout called
// before the wrapping or after it; once the traffic stops, the wrapped
// socket's 'timeout' comes. The traffic is a message every 20 ms for 600 ms
// against a timeout of 400 ms.
'use strict';
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const TIMEOUT = 400;
const COUNT = 30;
const EVERY = 20;

// run makes one connection: the server writes COUNT messages (direction
// 'write') or the client does ('read'), then both stay idle until the
// wrapped socket's 'timeout'.
function run(direction, timeoutWhen, done) {
  let secure;
  let messages = 0;
  const server = net.createServer((raw) => {
    if (timeoutWhen === 'before') raw.setTimeout(TIMEOUT);
    secure = new tls.TLSSocket(raw, { isServer: true, key: pem('server-key'), cert: pem('server') });
    if (timeoutWhen === 'after') raw.setTimeout(TIMEOUT);
    raw.on('timeout', () => {
      console.log(direction, 'timeout set', timeoutWhen, 'wrapping: raw timeout after', messages, 'of', COUNT, 'messages');
      secure.destroy();
      server.close();
    });
    secure.on('data', (d) => { messages += d.length; });
    secure.on('error', () => {});
    secure.on('secure', () => {
      if (direction !== 'write') return;
      const timer = setInterval(() => {
        secure.write('x');
        if (++messages === COUNT) clearInterval(timer);
      }, EVERY);
    });
  });
  server.on('close', done);
  server.listen(0, () => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') }, () => {
      if (direction !== 'read') return;
      let sent = 0;
      const timer = setInterval(() => {
        c.write('x');
        if (++sent === COUNT) clearInterval(timer);
      }, EVERY);
    });
    c.on('error', () => {});
  });
}

run('write', 'before', () => run('write', 'after', () => run('read', 'before', () => run('read', 'after', () => {}))));
