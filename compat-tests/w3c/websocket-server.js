// The server side: a TCPServerSocket with {webSocket: ...} accepts
// upgrades and fires connect with an open WebSocket, after the opening
// handshake; subprotocols are chosen in the server's order, and the
// script's own client talks to it (text, binary, close codes both ways).
const srv = new TCPServerSocket('127.0.0.1', 0, { webSocket: { protocols: ['v2', 'v1'] } });
srv.onopen = () => {
  const url = 'ws://127.0.0.1:' + srv.localPort + '/room';
  const client = new WebSocket(url, ['v1', 'v2']);
  client.binaryType = 'arraybuffer';
  client.onopen = () => {
    console.log('client open', client.protocol, client.extensions.startsWith('permessage-deflate'));
    client.send('hi server');
    client.send(new Uint8Array([1, 2, 3]));
  };
  client.onmessage = e => console.log('client got', typeof e.data === 'string' ? e.data : new Uint8Array(e.data).join(','));
  client.onclose = e => {
    console.log('client close', e.code, e.reason, e.wasClean);
    srv.close();
  };
};
srv.onconnect = e => {
  const ws = e.socket;
  console.log('connect', ws instanceof WebSocket, ws instanceof Socket, ws.readyState, ws.protocol, ws.binaryType,
    ws.address, ws.localPort === srv.localPort, srv.connections);
  let n = 0;
  ws.onopen = () => console.log('server socket open: never (it is open already)');
  ws.onmessage = async m => {
    n++;
    if (typeof m.data === 'string') {
      console.log('server got text', m.data);
      ws.send(m.data.toUpperCase());
    } else {
      const bytes = new Uint8Array(await m.data.arrayBuffer());
      console.log('server got', m.data instanceof Blob ? 'Blob' : 'other', bytes.join(','));
      ws.send(bytes.reverse());
      ws.close(4001, 'server done');
    }
  };
  ws.onclose = c => console.log('server socket close', c.code, c.reason, c.wasClean, n);
};
srv.onclose = () => console.log('server close');
