// Binding the local end to a port in use fails the connection with
// EADDRINUSE.
const { port } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, { addressReuse: false });
srv.onopen = () => {
  const s = new TCPSocket('127.0.0.1', port('ECHO'), '127.0.0.1', srv.localPort);
  s.onopen = () => console.log('open: never');
  s.onerror = e => console.log('error', e.name, e.code, e.error.syscall);
  s.onclose = e => { console.log('close', e.wasClean); srv.close(); };
};
