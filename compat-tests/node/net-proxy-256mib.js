// 256 MiB from a client through a forwarding proxy built with pipe() to a
// server: every byte arrives, the SHA-256 hashes match, and the proxy's
// two sockets see the end of stream and close. The proxy and the client
// allow half-open sockets, so the server's reply after the end still
// travels back.
'use strict';
const net = require('net');
const crypto = require('crypto');

const total = 256 * 1024 * 1024;
const chunk = crypto.createHash('sha512').update('seed').digest();
const block = Buffer.alloc(1024 * 1024);
for (let off = 0; off < block.length; off += chunk.length) chunk.copy(block, off);
const blocks = total / block.length;

const log = [];
const server = net.createServer((sock) => {
  const hash = crypto.createHash('sha256');
  let received = 0;
  sock.on('data', (d) => { received += d.length; hash.update(d); });
  sock.on('end', () => {
    log.push('server received ' + received);
    log.push('hash matches ' + (hash.digest('hex') === want));
    sock.end('done');
  });
});
const proxy = net.createServer({ allowHalfOpen: true }, (inbound) => {
  const outbound = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  inbound.pipe(outbound).pipe(inbound);
  inbound.on('close', () => log.push('proxy inbound closed'));
  outbound.on('close', () => log.push('proxy outbound closed'));
});

const wantHash = crypto.createHash('sha256');
for (let i = 0; i < blocks; i++) wantHash.update(block);
const want = wantHash.digest('hex');

server.listen(0, '127.0.0.1', () => proxy.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: proxy.address().port, host: '127.0.0.1', allowHalfOpen: true });
  let sent = 0;
  function pump() {
    while (sent < blocks) {
      sent++;
      if (!c.write(block)) {
        c.once('drain', pump);
        return;
      }
    }
    c.end();
  }
  c.on('connect', pump);
  let reply = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { reply += d; });
  c.on('close', () => {
    log.push('client got ' + reply + ', wrote ' + c.bytesWritten);
    proxy.close();
    server.close(() => setTimeout(() => console.log(log.sort().join('\n')), 20));
  });
}));
