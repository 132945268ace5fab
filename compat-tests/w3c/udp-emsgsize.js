// A datagram too large for UDP is an error event (EMSGSIZE) that leaves the
// socket OPEN; no close follows.
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
s.onopen = () => s.send(new Uint8Array(70000), '127.0.0.1', s.localPort);
s.onerror = e => {
  console.log('error', e.name, e.code, e.error.syscall, 'still', s.readyState);
  s.send('fits', '127.0.0.1', s.localPort);
};
s.onmessage = e => { console.log('message', e.data); s.close(); };
s.onclose = e => console.log('close', e.wasClean);
