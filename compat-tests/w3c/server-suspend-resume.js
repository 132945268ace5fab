// suspend() stops accepting (connections wait in the backlog) and resume()
// accepts them.
const { ctl } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, { binaryType: 'string' });
let suspended = false;
const log = [];
srv.onconnect = ({ socket }) => {
  log.push('connect while ' + (suspended ? 'suspended' : 'accepting'));
  socket.onmessage = e => socket.send(e.data);
};
srv.onopen = async () => {
  srv.suspend();
  suspended = true;
  console.log('isSuspended', srv.isSuspended);
  const reply = ctl('talk ' + srv.localPort + ' waited');
  setTimeout(() => { suspended = false; srv.resume(); console.log('resumed', srv.isSuspended); }, 200);
  console.log('harness:', await reply);
  console.log(log.join('\n'));
  srv.close();
};
