// Listening on a port in use is an error event (code EADDRINUSE) then an
// unclean close.
const a = new TCPServerSocket('127.0.0.1', 0, { addressReuse: false });
a.onopen = () => {
  const b = new TCPServerSocket('127.0.0.1', a.localPort);
  console.log('second constructed', b.readyState);
  b.onopen = () => console.log('open: never');
  b.onerror = e => console.log('error', e.name, e.code, e.error.syscall, b.readyState);
  b.onclose = e => { console.log('close', e.wasClean, b.readyState); a.close(); };
};
