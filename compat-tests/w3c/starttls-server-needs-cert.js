// An accepted socket of a server without a certificate cannot upgrade as a
// TLS server without one: upgradeToSSL() throws a TypeError.
const { thrown } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0);
srv.onconnect = ({ socket }) => {
  console.log(thrown(() => socket.upgradeToSSL()));
  console.log(thrown(() => socket.upgradeToSSL({ isServer: true, cert: 'nonsense', key: 'nonsense' })));
  console.log('still open', socket.readyState, socket.ssl);
  socket.close();
  srv.close();
};
srv.onopen = () => new TCPSocket('127.0.0.1', srv.localPort);
