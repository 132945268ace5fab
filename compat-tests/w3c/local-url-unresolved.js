// localURL is the local end in url's format: the unresolved form the script
// gave ("localhost:1234", the proposal's own example) with the port in use,
// while localAddress is the resolved address; without a local address it
// shows the address. Accepted sockets show their resolved local end.
const server = new TCPServerSocket('localhost', 0);
server.onopen = () => {
  const p = server.localPort;
  console.log('server', server.localAddress, server.localURL === 'localhost:' + p);
  const s = new TCPSocket('127.0.0.1', p, 'localhost', 0);
  const accepted = [];
  server.onconnect = ({ socket }) => accepted.push(socket.localURL === '127.0.0.1:' + p);
  s.onopen = () => {
    console.log('client', s.localAddress, s.localURL === 'localhost:' + s.localPort, s.url === '127.0.0.1:' + p);
    const plain = new TCPSocket('127.0.0.1', p);
    plain.onopen = () => {
      console.log('no local address given', plain.localURL === '127.0.0.1:' + plain.localPort);
      plain.close();
      s.close();
      server.close();
      server.onclose = () => console.log('accepted', accepted.length > 0 && accepted.every(Boolean));
    };
  };
};
const u = new UDPSocket('localhost', 0);
console.log('udp', u.localAddress, u.localURL === 'localhost:' + u.localPort);
u.close();
const v = new UDPSocket('0:0::1', 0);
console.log('udp, IPv6 as written', v.localAddress, v.localURL === '[0:0::1]:' + v.localPort);
v.close();
