// stream.finished() on sockets: a connection that ends normally resolves
// without error; one destroyed by its own side before ending reports
// ERR_STREAM_PREMATURE_CLOSE; one reset by the peer reports ECONNRESET.
// Also the pipeline callback when the destination socket is reset.
'use strict';
const net = require('net');
const { finished, pipeline, Readable } = require('stream');

let mode;
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  if (mode === 'normal') sock.end('bye');
  else if (mode === 'reset') setTimeout(() => sock.resetAndDestroy(), 20);
  else if (mode === 'reset-while-piping') sock.once('data', () => sock.resetAndDestroy());
});

function run(name, fn) {
  return new Promise((resolve) => {
    mode = name;
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('error', () => {});
    fn(c, resolve);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('normal', (c, done) => {
    c.resume();
    c.end();
    finished(c, (err) => { console.log('normal end:', err ? err.code : 'ok'); done(); });
  });
  await run('destroyed', (c, done) => {
    c.on('connect', () => c.destroy());
    finished(c, (err) => { console.log('destroyed by us:', err && err.code, err && err.message); done(); });
  });
  await run('reset', (c, done) => {
    c.resume();
    finished(c, (err) => { console.log('reset by the peer:', err && err.code); done(); });
  });
  await run('reset-while-piping', (c, done) => {
    const endless = new Readable({ read() { this.push(Buffer.alloc(16384)); } });
    pipeline(endless, c, (err) => {
      console.log('pipeline into a reset socket:', ['ECONNRESET', 'EPIPE'].includes(err && err.code), 'source destroyed', endless.destroyed);
      done();
    });
  });
  server.close();
});
