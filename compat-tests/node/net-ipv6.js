// IPv6: a server on ::1, a client connecting to it, the families each
// side reports, and a dual-stack server (the default) taking an IPv4
// client, whose address it sees IPv4-mapped.
'use strict';
const net = require('net');

function once(server, host) {
  return new Promise((resolve) => {
    server.once('connection', (s) => {
      const seen = [s.remoteAddress, s.remoteFamily, s.localAddress, s.localFamily];
      s.end();
      resolve(seen);
    });
    net.connect(server.address().port, host).resume();
  });
}

const v6 = net.createServer();
v6.listen(0, '::1', async () => {
  const a = v6.address();
  console.log('server', a.address, a.family);
  console.log('client over ::1 seen as', (await once(v6, '::1')).join(' '));
  v6.close();
  const dual = net.createServer();
  dual.listen(0, async () => {
    console.log('dual-stack server', dual.address().address, dual.address().family);
    console.log('client over 127.0.0.1 seen as', (await once(dual, '127.0.0.1')).join(' '));
    console.log('client over ::1 seen as', (await once(dual, '::1')).join(' '));
    dual.close();
    const only = net.createServer();
    only.listen({ port: 0, host: '::', ipv6Only: true }, () => {
      const c = net.connect(only.address().port, '127.0.0.1');
      c.on('error', (e) => {
        console.log('ipv6Only refuses IPv4:', e.code);
        only.close();
      });
    });
  });
});
