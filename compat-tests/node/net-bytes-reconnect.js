// A socket keeps its handle's byte counts when it closes; connected again and
// closed without moving bytes, it reports zeros, not the first connection's.
// After a destroy and a reconnect it counts the new connection only, and a
// reset socket still emits 'close' (hadError false).
'use strict';
const net = require('net');

function echoThenReconnect(done) {
  const server = net.createServer((s) => s.pipe(s));
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const c = new net.Socket();
    c.connect(port, '127.0.0.1', () => c.end('ping'));
    c.resume();
    c.once('close', () => {
      console.log('echo', c.bytesRead, c.bytesWritten);
      c.connect(port, '127.0.0.1', () => c.destroy());
      c.once('close', () => {
        console.log('reconnected', c.bytesRead, c.bytesWritten);
        server.close(done);
      });
    });
  });
}

function destroyThenReconnect(done) {
  const out = [];
  const server = net.createServer((s) => { s.on('error', () => {}); s.resume(); });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const c = new net.Socket();
    c.on('error', () => {});
    c.once('close', (hadError) => {
      out.push(['first', hadError, c.bytesRead, c.bytesWritten]);
      c.once('close', (hadError2) => {
        out.push(['second', hadError2, c.bytesRead, c.bytesWritten]);
        const d = net.connect(port, '127.0.0.1', () => d.resetAndDestroy());
        d.on('error', () => {});
        d.on('close', (hadError3) => {
          out.push(['reset', hadError3, d.destroyed]);
          console.log(JSON.stringify(out));
          server.close(done);
        });
      });
      c.connect(port, '127.0.0.1', () => c.destroy());
    });
    c.connect(port, '127.0.0.1', () => c.end('abcd', () => c.destroy()));
  });
}

echoThenReconnect(() => destroyThenReconnect(() => console.log('done')));
