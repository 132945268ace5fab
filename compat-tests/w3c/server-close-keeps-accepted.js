// close() stops listening but accepted sockets stay open.
const { ctl } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, { binaryType: 'string' });
srv.onconnect = ({ socket }) => {
  srv.close();
  console.log('server closed, socket', socket.readyState);
  socket.onmessage = e => { socket.send('still here: ' + e.data); };
  socket.onend = () => console.log('socket end');
  socket.onclose = () => console.log('socket close');
};
srv.onclose = () => console.log('server close event');
srv.onopen = async () => console.log('harness:', await ctl('talk ' + srv.localPort + ' hello'));
