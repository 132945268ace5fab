// close() twice fires close once; the port can be listened on again.
const srv = new TCPServerSocket('127.0.0.1', 0, { addressReuse: false });
let closes = 0;
srv.onopen = () => {
  srv.close();
  srv.close();
  setTimeout(() => {
    console.log('close events', closes, srv.readyState);
    const again = new TCPServerSocket('127.0.0.1', srv.localPort);
    again.onopen = () => { console.log('listening again on the same port'); again.close(); };
  }, 30);
};
srv.onclose = () => closes++;
