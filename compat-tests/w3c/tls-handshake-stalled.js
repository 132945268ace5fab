// A peer that accepts the connection but never answers the TLS handshake
// (the harness's SINK reads and says nothing): with useSecureTransport the
// socket is still CONNECTING, so close() abandons it (no open, no error, a
// clean close, as for a socket still connecting), and connectTimeout bounds
// the handshake too (NetworkTimeoutError, then an unclean close).
const { port } = require('./lib/harness.js');

function closed(s) {
  return new Promise(resolve => {
    s.onopen = () => console.log('open: never');
    s.onsecure = () => console.log('secure: never');
    s.onclose = e => resolve(e);
  });
}

(async () => {
  const a = new TCPSocket('127.0.0.1', port('SINK'), { useSecureTransport: true });
  a.onerror = e => console.log('error: never', e.code);
  const aClosed = closed(a);
  await new Promise(resolve => setTimeout(resolve, 200)); // connected, handshake stalled
  a.close();
  console.log('close() while handshaking', a.readyState);
  const e = await aClosed;
  console.log('close', e.wasClean, a.readyState, a.ssl);

  const started = Date.now();
  const b = new TCPSocket('127.0.0.1', port('SINK'), { useSecureTransport: true, connectTimeout: 300 });
  b.onerror = e => console.log('error', e.name, e.code, b.readyState);
  const f = await closed(b);
  const took = Date.now() - started;
  console.log('close', f.wasClean, 'after the timeout', took >= 250 && took < 5000);
})();
