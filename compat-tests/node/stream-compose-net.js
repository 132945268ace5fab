// stream.compose joins Transforms into one Duplex that serves as a single
// stage between sockets: the server pipes each connection through a
// composed "split lines, upper-case, number" stage and back; the client
// sees numbered lines, and the composed stage finishes with the socket.
// The server allows half-open sockets, so the stage's flushed last line
// still goes out after the client's end.
'use strict';
const net = require('net');
const { compose, Transform, pipeline } = require('stream');

function lines() {
  let rest = '';
  return new Transform({
    readableObjectMode: true,
    transform(chunk, enc, cb) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop();
      for (const p of parts) this.push(p);
      cb();
    },
    flush(cb) {
      if (rest) this.push(rest);
      cb();
    },
  });
}
const upper = () => new Transform({ objectMode: true, transform(l, e, cb) { cb(null, l.toUpperCase()); } });
function numbered() {
  let n = 0;
  return new Transform({ writableObjectMode: true, transform(l, e, cb) { cb(null, ++n + ': ' + l + '\n'); } });
}

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  const stage = compose(lines(), upper(), numbered());
  pipeline(sock, stage, sock, (err) => console.log('server pipeline', err ? err.code : 'ok'));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('alpha\nbe');
    c.write('ta\ngamma');
    c.end('\ndelta');
  });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('close', () => {
    process.stdout.write(got);
    server.close();
  });
});
