// addressReuse defaults to true on a TCPServerSocket: a port whose last
// connection the server closed first (leaving it in TIME_WAIT) can be
// listened on again at once; with addressReuse: false it is EADDRINUSE.
const a = new TCPServerSocket('127.0.0.1', 0);
a.onopen = () => {
  const port = a.localPort;
  a.onconnect = ({ socket }) => socket.close(); // the server closes first
  const c = new TCPSocket('127.0.0.1', port);
  c.onclose = () => {
    a.close();
    a.onclose = () => {
      const b = new TCPServerSocket('127.0.0.1', port, { addressReuse: false });
      b.onopen = () => { console.log('addressReuse false: listening'); b.close(); };
      b.onerror = e => console.log('addressReuse false:', e.name, e.code);
      b.onclose = () => {
        const d = new TCPServerSocket('127.0.0.1', port);
        d.onopen = () => { console.log('default: listening'); d.close(); };
        d.onerror = e => console.log('default:', e.name, e.code);
      };
    };
  };
};
