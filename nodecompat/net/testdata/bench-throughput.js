// Throughput: a client writes 64 KiB chunks as fast as backpressure
// allows, a server counts what it reads, over TCP or (with "tls") over
// TLS 1.3; with "pipe", as bench/variants/throughput-pipe.js does it: the
// client's writes have a callback and the server pipes the socket into a
// JavaScript Writable that counts. Run under node or nodeshim:
// bench-throughput.js [chunks] [tls|pipe]. Prints MB/s.
'use strict';
const fs = require('fs');
const path = require('path');
const { Writable } = require('stream');

const chunks = Number(process.argv[2]) || 20000;
const overTLS = process.argv[3] === 'tls';
const piped = process.argv[3] === 'pipe';
const chunk = Buffer.alloc(64 * 1024, 'x');
const total = chunks * chunk.length;
const nop = () => {};

const certs = path.join(__dirname, '../../../compat-tests/node/fixtures/certs');
const pem = (n) => fs.readFileSync(path.join(certs, n + '.pem'));
const transport = overTLS ? require('tls') : require('net');
const serverOptions = overTLS ? { key: pem('server-key'), cert: pem('server'), minVersion: 'TLSv1.3' } : {};
// The event at which the client may write: a TLS socket's handshake is done
// at 'secureConnect', a TCP socket's connection at 'connect'.
const ready = overTLS ? 'secureConnect' : 'connect';

let start;
const server = transport.createServer(serverOptions, (s) => {
  let got = 0;
  const count = (d) => {
    got += d.length;
    if (got === total) {
      const secs = Number(process.hrtime.bigint() - start) / 1e9;
      console.log('MB/s', Math.round(total / secs / 1e6));
      s.destroy();
      server.close();
    }
  };
  if (piped) {
    s.pipe(new Writable({
      write(d, encoding, cb) {
        count(d);
        cb();
      },
    }));
  } else {
    s.on('data', count);
  }
});
server.listen(0, '127.0.0.1', () => {
  const target = { port: server.address().port, host: '127.0.0.1' };
  const c = transport.connect(overTLS ? { ...target, servername: 'localhost', ca: pem('ca') } : target);
  let sent = 0;
  function pump() {
    while (sent < chunks) {
      sent++;
      if (!(piped ? c.write(chunk, nop) : c.write(chunk))) {
        c.once('drain', pump);
        return;
      }
    }
    c.end();
  }
  c.on(ready, () => {
    start = process.hrtime.bigint();
    pump();
  });
  c.on('error', () => {});
});
