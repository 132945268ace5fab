// A client that speaks clear text to a TLS server never becomes a connect
// event; the server keeps serving.
const { pem, ctl } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, { useSecureTransport: true, cert: pem('leaf'), key: pem('leaf-key'), binaryType: 'string' });
let connects = 0;
srv.onconnect = ({ socket }) => { connects++; socket.onmessage = e => socket.send('secure ' + e.data); };
srv.onerror = e => console.log('server error?', e.code);
srv.onopen = async () => {
  const plain = await ctl('talk ' + srv.localPort + ' GET / HTTP/1.0');
  console.log('plain client got', plain.startsWith('ok'), 'connects', connects);
  console.log('tls client:', await ctl('tls-client ' + srv.localPort + ' - -'));
  console.log('connects', connects);
  srv.close();
};
