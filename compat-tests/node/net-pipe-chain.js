// pipeline(): a file-like source piped through a Transform into a socket,
// the server piping the socket through another Transform back; the
// pipeline callback, errors destroying every stage, and finished().
'use strict';
const net = require('net');
const { pipeline, Transform, Readable, Writable, finished } = require('stream');

const upper = () => new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
});

const server = net.createServer({ allowHalfOpen: true }, (s) => {
  pipeline(s, upper(), s, (err) => console.log('server pipeline done', err === undefined ? 'ok' : err.code));
});

server.listen(0, () => {
  const c = net.connect({ port: server.address().port, allowHalfOpen: true });
  const received = [];
  pipeline(
    Readable.from(['alpha ', 'beta ', 'gamma']),
    c,
    new Writable({
      write(chunk, enc, cb) { received.push(chunk.toString()); cb(); },
    }),
    (err) => {
      console.log('client pipeline done', err === undefined ? 'ok' : err.message, JSON.stringify(received.join('')));
      const d = net.connect(server.address().port);
      finished(d, (err) => {
        console.log('finished after destroy:', err && err.code);
        server.close();
      });
      d.on('connect', () => d.destroy());
    },
  );
});
