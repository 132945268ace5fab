// Binding a port in use is an error event (EADDRINUSE) then close; with
// addressReuse on both sockets they share the port.
const a = new UDPSocket('127.0.0.1', 0);
const b = new UDPSocket('127.0.0.1', a.localPort);
b.onopen = () => console.log('open: never');
b.onerror = e => console.log('error', e.name, e.code, e.error.syscall, e.error.address, b.readyState);
b.onclose = e => {
  console.log('close', e.wasClean);
  a.close();
  const c = new UDPSocket('127.0.0.1', 0, { addressReuse: true });
  const d = new UDPSocket('127.0.0.1', c.localPort, { addressReuse: true });
  d.onopen = () => { console.log('shared port', d.localPort === c.localPort); c.close(); d.close(); };
};
