// stream/promises with net sockets: pipeline() awaited over a socket with
// a Transform in the middle, finished() of a socket, and an
// AbortSignal that aborts a pipeline still waiting for data (AbortError,
// ABORT_ERR) and destroys the socket.
'use strict';
const net = require('net');
const { pipeline, finished } = require('stream/promises');
const { Writable, Transform } = require('stream');

const server = net.createServer((sock) => {
  if (server.mode === 'echo') {
    pipeline(sock, sock).then(() => console.log('server pipeline resolved'));
  } else {
    sock.write('partial');
    sock.on('error', () => {});
  }
});

function sink(out) {
  return new Writable({ write(chunk, enc, cb) { out.push(String(chunk)); cb(); } });
}

server.mode = 'echo';
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1', () => c.end('ping through promises'));
  const out = [];
  const done = finished(c).then(() => console.log('finished(socket) resolved'));
  const reverse = new Transform({
    transform(chunk, enc, cb) { cb(null, String(chunk).split('').reverse().join('')); },
  });
  pipeline(c, reverse, sink(out)).then(() => {
    console.log('pipeline resolved', out.join(''));
    return done;
  }).then(() => {
    server.mode = 'stall';
    const ac = new AbortController();
    const c2 = net.connect(port, '127.0.0.1');
    const got = [];
    c2.once('data', () => setImmediate(() => ac.abort()));
    c2.on('close', () => console.log('aborted socket closed', c2.destroyed));
    return pipeline(c2, sink(got), { signal: ac.signal }).then(
      () => console.log('unexpected resolve'),
      (e) => console.log('abort rejects', e.name, e.code, 'socket destroyed', c2.destroyed),
    );
  }).then(() => server.close());
});
