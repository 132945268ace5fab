// The proposal's constructor form takes one options object with
// localAddress and localPort.
const srv = new TCPServerSocket({ localAddress: '127.0.0.1', localPort: 0, backlog: 4 });
srv.onopen = () => {
  console.log('listening', srv.localAddress, srv.localPort > 0);
  const c = new TCPSocket(srv.localAddress, srv.localPort);
  c.onopen = () => { console.log('client open'); c.close(); };
  c.onclose = () => srv.close();
};
srv.onconnect = () => console.log('connect');
srv.onclose = () => console.log('server close');
