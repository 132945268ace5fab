// Half-close travels through a pipe() proxy in both directions: the
// server ends first and the client, still writing, sees 'end' while its
// later writes keep reaching the server through the proxy; then the client
// ends and everything closes. The proxy allows half-open sockets.
'use strict';
const net = require('net');

const logs = { client: [], server: [] };
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  let got = '';
  s.setEncoding('utf8');
  s.end('server is done talking');
  s.on('data', (d) => { got += d; });
  s.on('end', () => logs.server.push('end after ' + JSON.stringify(got)));
  s.on('close', () => { logs.server.push('close'); finish(); });
});
const proxy = net.createServer({ allowHalfOpen: true }, (inbound) => {
  const outbound = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  inbound.pipe(outbound);
  outbound.pipe(inbound);
});

let closes = 0;
function finish() {
  if (++closes < 2) return;
  console.log('client:', logs.client.join(' | '));
  console.log('server:', logs.server.join(' | '));
  proxy.close();
  server.close();
}

server.listen(0, '127.0.0.1', () => proxy.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: proxy.address().port, host: '127.0.0.1', allowHalfOpen: true });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    logs.client.push('end after ' + JSON.stringify(got) + ', writable ' + c.writable);
    c.write('one more;');
    setTimeout(() => c.end('and the last'), 20);
  });
  c.on('close', () => { logs.client.push('close'); finish(); });
}));
