// timeout: 60
// 200 concurrent connections are accepted and served; connections counts
// the open accepted sockets.
const { ctl } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, { binaryType: 'string', backlog: 256 });
let accepted = 0;
let peak = 0;
srv.onconnect = ({ socket }) => {
  accepted++;
  peak = Math.max(peak, srv.connections);
  socket.onmessage = e => socket.send(e.data);
};
srv.onopen = async () => {
  console.log('harness:', await ctl('clients ' + srv.localPort + ' 200'));
  console.log('accepted', accepted, 'all open at once', peak === 200);
  const wait = () => (srv.connections === 0 ? (console.log('all closed', srv.connections), srv.close()) : setTimeout(wait, 10));
  wait();
};
