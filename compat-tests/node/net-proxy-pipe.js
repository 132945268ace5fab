// A port forwarder built with pipe(): client -> proxy -> echo server and
// back. 4 MiB make the round trip and hash the same; the proxy's sockets
// see the end of stream propagate both ways.
'use strict';
const net = require('net');
const crypto = require('crypto');

const log = [];
const echo = net.createServer({ allowHalfOpen: true }, (s) => s.pipe(s));
const proxy = net.createServer({ allowHalfOpen: true }, (inbound) => {
  const outbound = net.connect({ port: echo.address().port, host: '127.0.0.1', allowHalfOpen: true });
  inbound.pipe(outbound).pipe(inbound);
  outbound.on('end', () => log.push('proxy outbound end'));
  inbound.on('end', () => log.push('proxy inbound end'));
});

echo.listen(0, '127.0.0.1', () => proxy.listen(0, '127.0.0.1', () => {
  const data = crypto.randomBytes(4 * 1024 * 1024);
  const want = crypto.createHash('sha256').update(data).digest('hex');
  const got = crypto.createHash('sha256');
  let n = 0;
  const c = net.connect(proxy.address().port, '127.0.0.1', () => {
    for (let off = 0; off < data.length; off += 100000) c.write(data.subarray(off, off + 100000));
    c.end();
  });
  c.on('data', (d) => { n += d.length; got.update(d); });
  c.on('end', () => {
    log.push('client end ' + n + ' ' + (got.digest('hex') === want));
  });
  c.on('close', () => {
    proxy.close();
    echo.close();
    setTimeout(() => console.log(log.sort().join('\n')), 50);
  });
}));
