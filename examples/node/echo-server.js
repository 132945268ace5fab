// A TCP echo server: everything a client sends comes back.
//
//   node echo-server.js 7000        serve on port 7000 until stopped
//   node echo-server.js             demo: serve on a free port, send a few
//                                   lines from a client, print the echo
//
// Runs unchanged under node and nodeshim (go run ./cmd/nodeshim ...).
'use strict';
const net = require('node:net');

let connections = 0;
const server = net.createServer((socket) => {
  // Clients are numbered rather than named by their port, which the
  // client's system picks at random.
  const peer = `client ${++connections} (${socket.remoteAddress})`;
  console.log(`[server] ${peer} connected`);
  socket.pipe(socket);
  socket.on('error', (err) => console.log(`[server] ${peer} error: ${err.message}`));
  socket.on('close', () => console.log(`[server] ${peer} disconnected`));
});

const port = process.argv[2];
if (port !== undefined) {
  server.listen(Number(port), () => console.log(`echo server listening on port ${server.address().port}`));
} else {
  server.listen(0, '127.0.0.1', demo);
}

function demo() {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  const lines = ['hello', 'echo, echo', 'goodbye'];
  let received = '';
  client.on('connect', () => client.write(lines.shift() + '\n'));
  client.on('data', (chunk) => {
    received += chunk;
    while (received.includes('\n')) {
      const line = received.slice(0, received.indexOf('\n'));
      received = received.slice(line.length + 1);
      console.log(`[client] echoed: ${line}`);
      if (lines.length) client.write(lines.shift() + '\n');
      else client.end();
    }
  });
  client.on('close', () => server.close(() => console.log('done')));
}
