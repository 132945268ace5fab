// TCPServerSocket: open when listening, connect with a ConnectEvent whose
// socket is an open TCPSocket, close after close().
const { ctl } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0);
console.log('constructed', srv.readyState, srv.localAddress, srv.localPort > 0, srv.localURL === '127.0.0.1:' + srv.localPort);
srv.onopen = async () => {
  console.log('open', srv.readyState, srv.ipVersion);
  console.log('harness:', await ctl('talk ' + srv.localPort + ' ping'));
  srv.close();
  console.log('after close()', srv.readyState);
};
srv.onconnect = e => {
  const s = e.socket;
  console.log('connect', e instanceof ConnectEvent, s instanceof TCPSocket, s.readyState, s.address, s.localPort === srv.localPort, s.url === '127.0.0.1:' + s.port, srv.connections);
  s.binaryType = 'string';
  s.onmessage = m => s.send('pong: ' + m.data);
  s.onend = () => console.log('accepted socket end');
  s.onclose = () => console.log('accepted socket close', srv.connections);
};
srv.onclose = e => console.log('server close', e.wasClean, srv.readyState);
