// pipeline() chains with net sockets on both ends: a generator source into
// a Transform into a client socket; the server pipelines the socket through
// an upper-casing Transform back into itself; the client pipelines its
// socket into a collecting Writable. Then a chain whose middle stage fails
// destroys the socket, and the server sees the connection go.
'use strict';
const net = require('net');
const { pipeline, Transform, Writable, Readable } = require('stream');

const upper = () => new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
});

const server = net.createServer((sock) => {
  pipeline(sock, upper(), sock, (err) => {
    console.log('server pipeline done', err ? err.code : 'ok');
  });
});

function collect(done) {
  let text = '';
  return new Writable({
    write(chunk, enc, cb) { text += chunk; cb(); },
    final(cb) { done(text); cb(); },
  });
}

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const numbered = new Transform({
    transform(chunk, enc, cb) { cb(null, '[' + chunk + ']'); },
  });
  pipeline(Readable.from(['one', 'two', 'three']), numbered, c, (err) => {
    console.log('client send pipeline', err ? err.code : 'ok', 'writableEnded', c.writableEnded);
  });
  pipeline(c, collect((text) => console.log('client received', text)), (err) => {
    console.log('client receive pipeline', err ? err.code : 'ok');
    failing();
  });
});

function failing() {
  const c = net.connect(server.address().port, '127.0.0.1');
  let n = 0;
  const breaker = new Transform({
    transform(chunk, enc, cb) {
      if (++n === 2) cb(new Error('stage failed'));
      else cb(null, chunk);
    },
  });
  c.on('close', (hadError) => {
    console.log('client socket closed, destroyed', c.destroyed);
    server.close();
  });
  pipeline(Readable.from(['a', 'b', 'c']), breaker, c, (err) => {
    console.log('failing pipeline', err.message, 'socket destroyed', c.destroyed);
  });
}
