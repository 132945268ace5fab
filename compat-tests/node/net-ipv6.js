// IPv6: a server on ::1, a client connecting to it, the families each
// side reports, and a dual-stack server (the default) taking an IPv4
// client, whose address it sees IPv4-mapped; an ipv6Only server leaves the
// IPv4 half of its port to another server.
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
    // The IPv4 half of the port is held by our own server, so an IPv4
    // client reaches it, whatever else runs on this machine.
    const v4 = net.createServer((s) => {
      console.log('IPv4 client of the ipv6Only port reached the IPv4 server from', s.remoteAddress);
      s.end();
    });
    v4.listen(0, '127.0.0.1', () => {
      const port = v4.address().port;
      const both = net.createServer();
      both.on('error', (e) => {
        console.log('dual-stack server on a port an IPv4 server holds:', e.code);
        const only = net.createServer(() => console.log('ipv6Only server got an IPv4 client'));
        only.listen({ port, host: '::', ipv6Only: true }, () => {
          console.log('ipv6Only server listening on that port:', only.address().port === port);
          net.connect(port, '127.0.0.1').on('close', () => {
            only.close();
            v4.close();
          }).resume();
        });
      });
      both.listen(port, '::');
    });
  });
});
