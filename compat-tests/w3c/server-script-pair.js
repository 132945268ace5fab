// A server and a client in one script: each side sees the other's
// addresses.
const srv = new TCPServerSocket('127.0.0.1', 0, { binaryType: 'string' });
srv.onopen = () => {
  const c = new TCPSocket('127.0.0.1', srv.localPort, { binaryType: 'string' });
  c.onopen = () => c.send('question');
  c.onmessage = e => { console.log('client got', e.data); c.close(); };
  c.onclose = () => { console.log('client close'); srv.close(); };
  srv.onconnect = ({ socket: s }) => {
    s.onmessage = e => {
      console.log('ends match', s.port === c.localPort, s.localPort === c.port, s.address === c.localAddress);
      s.send('answer to ' + e.data);
    };
    s.onclose = e => console.log('server side close', e.wasClean);
  };
};
