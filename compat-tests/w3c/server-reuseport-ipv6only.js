// reusePort lets two TCPServerSockets (and two UDPSockets) listen on one
// port; ipv6Only lets a server on '::' share its port with an IPv4 server,
// which then gets the IPv4 clients (a UDPSocket shows the option); without
// reusePort the second server fails.
const open = s => new Promise((resolve, reject) => {
  s.onopen = () => resolve(s);
  s.onerror = e => reject(e);
});
(async () => {
  const a = await open(new TCPServerSocket('127.0.0.1', 0, { reusePort: true }));
  const b = await open(new TCPServerSocket('127.0.0.1', a.localPort, { reusePort: true }));
  console.log('tcp reusePort: both listening', a.readyState, b.readyState, a.localPort === b.localPort);
  try {
    await open(new TCPServerSocket('127.0.0.1', a.localPort));
  } catch (e) {
    console.log('without reusePort:', e.name, e.code);
  }
  a.close();
  b.close();

  // The IPv4 half of the port is held by our own server, so the test does not
  // depend on which other process may listen on 127.0.0.1 at that port.
  const v4server = await open(new TCPServerSocket('127.0.0.1', 0));
  const port = v4server.localPort;
  try {
    await open(new TCPServerSocket('::', port));
  } catch (e) {
    console.log('dual-stack server on a port an IPv4 server holds:', e.name, e.code);
  }
  const c = await open(new TCPServerSocket('::', port, { ipv6Only: true }));
  console.log('ipv6Only server on that port: listening', c.readyState, c.localPort === port);
  const accepted = new Promise(resolve => {
    v4server.onconnect = ({ socket }) => { resolve(['IPv4 server', socket.address]); socket.close(); };
    c.onconnect = ({ socket }) => { resolve(['ipv6Only server', socket.address, socket.ipVersion]); socket.close(); };
  });
  const v4 = new TCPSocket('127.0.0.1', port);
  console.log('IPv4 client accepted by the', ...(await accepted));
  await new Promise(resolve => { v4.onclose = resolve; });
  const v6 = new TCPSocket('::1', port);
  await new Promise(resolve => {
    c.onconnect = ({ socket }) => { console.log('IPv6 client accepted from', socket.address, socket.ipVersion); socket.close(); };
    v6.onclose = resolve;
  });
  c.close();
  v4server.close();

  const u1 = new UDPSocket('127.0.0.1', 0, { reusePort: true });
  const u2 = new UDPSocket('127.0.0.1', u1.localPort, { reusePort: true });
  await open(u2);
  console.log('udp reusePort: both bound', u1.readyState, u2.readyState, u1.localPort === u2.localPort, u2.options.reusePort);
  u1.close();
  u2.close();
  const u6 = await open(new UDPSocket('::', 0, { ipv6Only: true }));
  console.log('udp ipv6Only', u6.localAddress, u6.ipVersion, u6.options.ipv6Only);
  u6.close();
})();
