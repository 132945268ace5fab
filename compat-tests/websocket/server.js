// A WebSocket server under nodeshim, TCPServerSocket({webSocket: ...}),
// whose clients are the npm ws package's under node (ws-client.js). It
// prints "port N" once listening, then each connection's events: the
// negotiated subprotocol and extensions, each message's type, size and
// hash, errors and the CloseEvent. It echoes every message, except the
// text commands "close CODE REASON" (close with them) and "shutdown"
// (close this socket and the server).
'use strict';
const { createHash } = require('crypto');

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const srv = new TCPServerSocket('127.0.0.1', 0, { webSocket: { protocols: ['chat', 'superchat'] } });
srv.onopen = () => console.log('port ' + srv.localPort);
srv.onclose = () => console.log('server close');
let connections = 0;
srv.onconnect = (e) => {
  const ws = e.socket;
  const id = ++connections;
  const print = (...parts) => console.log(id, ...parts);
  ws.binaryType = 'arraybuffer';
  print('connect', ws instanceof WebSocket, ws.readyState, JSON.stringify(ws.protocol), JSON.stringify(ws.extensions),
    srv.connections);
  ws.onmessage = (m) => {
    if (typeof m.data !== 'string') {
      print('binary', m.data.byteLength, hash(new Uint8Array(m.data)));
      ws.send(m.data);
      return;
    }
    print('text', Buffer.byteLength(m.data), hash(Buffer.from(m.data)));
    const [cmd, code, ...reason] = m.data.split(' ');
    if (cmd === 'close') {
      ws.close(Number(code), reason.join(' '));
    } else if (cmd === 'shutdown') {
      ws.close(1000, 'shutting down');
      srv.close();
    } else {
      ws.send(m.data);
    }
  };
  ws.onerror = (ev) => print('error', ev.type, ws.readyState);
  ws.onclose = (c) => print('close', c.code, JSON.stringify(c.reason), c.wasClean, ws.readyState, srv.connections);
};
