// A wss: server: a TLS TCPServerSocket with {webSocket: true} runs the TLS
// handshake, then the opening handshake, then fires connect; a client that
// is not a WebSocket (plain TCP sending an ordinary GET) gets an HTTP 400
// and never reaches connect. Without compression no extension is agreed.
const { pem } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, {
  useSecureTransport: true, cert: pem('leaf'), key: pem('leaf-key'), webSocket: { compression: false },
});
srv.onopen = () => {
  const plain = new TCPSocket('127.0.0.1', srv.localPort, { useSecureTransport: true, ca: pem('ca'), binaryType: 'string' });
  let reply = '';
  plain.onopen = () => plain.send('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  plain.onmessage = m => { reply += m.data; };
  plain.onclose = () => {
    console.log('plain client got', reply.split('\r\n')[0], 'connections', srv.connections);
    const client = new WebSocket('wss://localhost:' + srv.localPort, [], { ca: pem('ca') });
    client.onopen = () => {
      console.log('client open', JSON.stringify(client.protocol), JSON.stringify(client.extensions));
      client.send('secret');
    };
    client.onerror = e => console.log('client error', e.message);
    client.onclose = e => {
      console.log('client close', e.code, e.reason, e.wasClean);
      srv.close();
    };
  };
};
srv.onconnect = e => {
  const ws = e.socket;
  console.log('connect', ws instanceof WebSocket, srv.connections);
  ws.onmessage = m => ws.close(1000, 'got ' + m.data);
};
