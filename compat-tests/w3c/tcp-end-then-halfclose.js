// With allowHalfOpen the peer's FIN leaves the socket OPEN (isHalfClosed
// true) and sending; the script's own halfClose() then shuts the other
// direction, and with both shut the socket is CLOSED and close fires,
// clean, on both sides.
const serverLog = [];
let closes = 0;
const closed = () => { if (++closes === 2) { console.log(serverLog.join('\n')); server.close(); } };
const server = new TCPServerSocket('127.0.0.1', 0, { binaryType: 'string' });
server.onconnect = ({ socket }) => {
  let got = '';
  socket.send('hello');
  socket.halfClose();
  socket.onmessage = e => { got += e.data; };
  socket.onend = () => serverLog.push('server got ' + JSON.stringify(got));
  socket.onclose = e => { serverLog.push('server side close ' + e.wasClean); closed(); };
};
server.onopen = () => {
  const s = new TCPSocket('127.0.0.1', server.localPort, { allowHalfOpen: true, binaryType: 'string' });
  s.onmessage = e => console.log('message', e.data);
  s.onend = () => {
    console.log('end', s.readyState, s.isHalfClosed);
    setTimeout(() => {
      console.log('still open', s.readyState, 'send', s.send('late reply'));
      s.halfClose();
      console.log('after halfClose', s.readyState, s.isHalfClosed);
    }, 20);
  };
  s.onclose = e => { console.log('close', e.wasClean, s.readyState); closed(); };
};
