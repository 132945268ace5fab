// The npm ws package's side of client.js, run under node: the same paths
// and commands as the Go test's startGoServer, so that client.js can run
// against an independent peer under nodeshim and under node.
//   node ws-server.js CERT.pem KEY.pem
// prints "port N" and "tlsport M" (wss:, with that certificate) once
// listening.
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const crypto = require('crypto');
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({
  noServer: true,
  perMessageDeflate: true,
  maxPayload: 64 << 20,
  handleProtocols: (offered) => ['chat', 'superchat'].find((p) => offered.has(p)) || false,
});
const pattern = (n, step) => Buffer.alloc(n).map((_, i) => (i * step) & 0xff);
// The messages of "burst", as the Go peer's burst(): each is its parts.
const burst = [
  ['burst: ünïcødé €'],
  ['frag', 'men', 'ted ✓'],
  [pattern(256, 1)],
  [pattern(1000, 7), pattern(1000, 11), pattern(1000, 13)],
  ['€uro '.repeat(200000)],
  [pattern(3 << 20, 31)],
  [Buffer.alloc(0)],
  [''],
  ['burst done'],
];

wss.on('connection', (ws) => {
  ws.on('error', () => {});
  ws.on('message', (data, isBinary) => {
    const [cmd, ...args] = isBinary ? [] : data.toString().split(' ');
    switch (cmd) {
      case 'close':
        ws.close(Number(args[0]), args.slice(1).join(' '));
        return;
      case 'drop':
        ws.terminate();
        return;
      case 'burst':
        for (const parts of burst) {
          parts.forEach((part, i) => ws.send(part, { binary: typeof part !== 'string', fin: i === parts.length - 1 }));
        }
        return;
    }
    ws.send(data, { binary: isBinary });
  });
});

// awaitClose ends the connection once the client's close frame arrives,
// or the client ends it.
function awaitClose(socket) {
  socket.on('end', () => socket.end());
  let buf = Buffer.alloc(0);
  socket.on('data', (data) => {
    buf = Buffer.concat([buf, data]);
    while (buf.length >= 2) {
      let [n, at] = [buf[1] & 0x7f, 2];
      if (n === 126) [n, at] = [buf.length >= 4 ? buf.readUInt16BE(2) : Infinity, 4];
      if (n === 127) [n, at] = [buf.length >= 10 ? Number(buf.readBigUInt64BE(2)) : Infinity, 10];
      if (buf[1] & 0x80) at += 4; // the masking key
      if (buf.length < at + n) return;
      const opcode = buf[0] & 0x0f;
      buf = buf.subarray(at + n);
      if (opcode === 0x8) socket.end();
    }
  });
}

// rawUpgrade completes the handshake by hand and writes the frame given
// in hex, then closes after the client's close frame.
function rawUpgrade(req, socket, frameHex) {
  const accept = crypto.createHash('sha1')
    .update(req.headers['sec-websocket-key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    'Sec-WebSocket-Accept: ' + accept + '\r\n\r\n');
  socket.write(Buffer.from(frameHex, 'hex'));
  awaitClose(socket);
  socket.on('error', () => {});
}

function upgrade(req, socket, head) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/echo') wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  else if (url.pathname === '/raw') rawUpgrade(req, socket, url.searchParams.get('frame'));
  else socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
}
const notFound = (req, res) => res.writeHead(404).end();
const server = http.createServer(notFound).on('upgrade', upgrade);
const [cert, key] = process.argv.slice(2).map((file) => fs.readFileSync(file));
const secure = https.createServer({ cert, key }, notFound).on('upgrade', upgrade);
server.listen(0, '127.0.0.1', () => {
  console.log('port ' + server.address().port);
  secure.listen(0, '127.0.0.1', () => console.log('tlsport ' + secure.address().port));
});
