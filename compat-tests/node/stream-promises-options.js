// Options of stream/promises over sockets: pipeline with { end: false }
// leaves the destination socket open for more writes; a signal that is
// already aborted rejects at once with AbortError; finished(socket,
// { readable: false }) resolves once the writable side is done while the
// socket still reads (half-open), and { writable: false } waits for 'end'.
'use strict';
const net = require('net');
const { pipeline, finished } = require('stream/promises');
const { Readable } = require('stream');

const server = net.createServer({ allowHalfOpen: true }, (s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    console.log('server got', JSON.stringify(got));
    setTimeout(() => s.end('reply'), 30);
  });
});

server.listen(0, '127.0.0.1', async () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  await new Promise((r) => c.once('connect', r));
  await pipeline(Readable.from(['one;', 'two;']), c, { end: false });
  console.log('pipeline with end:false resolved, writableEnded', c.writableEnded);
  c.write('three;');

  const ac = new AbortController();
  ac.abort();
  await pipeline(Readable.from(['never']), c, { signal: ac.signal, end: false }).catch((e) => {
    console.log('pre-aborted signal', e.name, e.code, 'socket destroyed', c.destroyed);
  });

  const order = [];
  const writeDone = finished(c, { readable: false }).then(() => order.push('writable side finished'));
  const readDone = finished(c, { writable: false }).then(() => order.push('readable side ended'));
  c.setEncoding('utf8');
  c.on('data', (d) => order.push('data ' + d));
  c.end();
  await Promise.all([writeDone, readDone]);
  console.log(order.join(', '));
  server.close();
});
