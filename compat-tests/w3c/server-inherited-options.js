// Accepted sockets inherit the server's socket options.
const srv = new TCPServerSocket('127.0.0.1', 0, { binaryType: 'string', noDelay: true, allowHalfOpen: true, highWaterMark: 1234 });
srv.onconnect = ({ socket }) => {
  console.log('binaryType', socket.binaryType, 'noDelay', socket.getOption('noDelay'), 'allowHalfOpen', socket.getOption('allowHalfOpen'), 'highWaterMark', socket.getOption('highWaterMark'));
  socket.onmessage = e => console.log('message is a', typeof e.data);
  socket.onend = () => { console.log('end, still', socket.readyState); socket.close(); srv.close(); };
};
srv.onopen = () => {
  const c = new TCPSocket('127.0.0.1', srv.localPort);
  c.onopen = () => { c.send('x'); c.halfClose(); };
};
