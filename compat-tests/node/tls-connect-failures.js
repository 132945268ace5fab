// How a TLS client fails before it is secure: a refused port (ECONNREFUSED
// with the address and port), a server that accepts and closes at once
// (ECONNRESET, "Client network socket disconnected before secure TLS
// connection was established"), and a host name that does not resolve
// (ENOTFOUND from getaddrinfo). No 'secureConnect' in any case, and
// 'close' with hadError.
'use strict';
const tls = require('tls');
const net = require('net');

function attempt(label, opts) {
  return new Promise((resolve) => {
    const c = tls.connect(opts);
    c.on('secureConnect', () => console.log(label, 'unexpected secureConnect'));
    c.on('error', (e) => console.log(label, e.code, e.syscall, e.message.replace(/:\d+$/, ':PORT')));
    c.on('close', (hadError) => {
      console.log(label, 'close', hadError);
      resolve();
    });
  });
}

const closer = net.createServer((s) => s.destroy());
closer.listen(0, '127.0.0.1', async () => {
  const probe = net.createServer();
  await new Promise((r) => probe.listen(0, '127.0.0.1', r));
  const freePort = probe.address().port;
  await new Promise((r) => probe.close(r));
  await attempt('refused', { port: freePort, host: '127.0.0.1', rejectUnauthorized: false });
  await attempt('hang-up', { port: closer.address().port, host: '127.0.0.1', rejectUnauthorized: false });
  await attempt('unknown host', { port: 443, host: 'no-such-host.invalid' });
  closer.close();
});
