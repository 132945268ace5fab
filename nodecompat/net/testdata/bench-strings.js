// 64-byte ping-pong with strings, as the pingpong-string and
// pingpong-strwrite variants of bench/node/tcp-pingpong.js make it:
// bench-strings.js [round trips] [mode]. Mode "decode" (the default): both
// sides setEncoding('utf8'), the client writes a string, the server echoes
// the string it got; "write": string writes, 'data' gives Buffers;
// "buffer": Buffers throughout. Prints round trips per second.
'use strict';
const net = require('net');

const total = Number(process.argv[2]) || 100000;
const mode = process.argv[3] || 'decode';
const SIZE = 64;
const msg = mode === 'buffer' ? Buffer.alloc(SIZE, 'x') : 'x'.repeat(SIZE);
const decode = mode === 'decode';

const server = net.createServer((sock) => {
  sock.setNoDelay(true);
  if (decode) sock.setEncoding('utf8');
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => sock.end());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  if (decode) client.setEncoding('utf8');
  let done = 0;
  let got = 0;
  let start;
  const send = () => {
    got = 0;
    client.write(msg);
  };
  client.on('connect', () => {
    start = process.hrtime.bigint();
    send();
  });
  client.on('data', (d) => {
    got += d.length;
    if (got < SIZE) return;
    if (++done < total) {
      send();
      return;
    }
    const secs = Number(process.hrtime.bigint() - start) / 1e9;
    console.log('round trips/s', Math.round(total / secs));
    client.end();
    server.close();
  });
});
