// The npm ws package's side of client.js, run under node: the same paths
// and commands as the Go test's startGoServer, so that client.js can run
// against an independent peer under nodeshim and under node. It prints
// "port N" once listening.
'use strict';
const http = require('http');
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

// rawUpgrade completes the handshake by hand and writes the frame given
// in hex, then closes once the client answers or hangs up.
function rawUpgrade(req, socket, frameHex) {
  const accept = crypto.createHash('sha1')
    .update(req.headers['sec-websocket-key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    'Sec-WebSocket-Accept: ' + accept + '\r\n\r\n');
  socket.write(Buffer.from(frameHex, 'hex'));
  socket.once('data', () => socket.destroy());
  socket.on('error', () => {});
}

const server = http.createServer((req, res) => res.writeHead(404).end());
server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/echo') wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  else if (url.pathname === '/raw') rawUpgrade(req, socket, url.searchParams.get('frame'));
  else socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
});
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
