// A peer that resets: reading fails with 'read ECONNRESET' (the error's
// properties as Node has them), 'close' has hadError true; writing to a
// reset connection fails too.
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  s.on('data', () => s.resetAndDestroy());
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.write('provoke'));
  c.on('error', (e) => {
    console.log('error', e.message, e.code, e.errno, e.syscall, JSON.stringify(Object.keys(e)));
  });
  c.on('end', () => console.log('unexpected end'));
  c.on('close', (hadError) => {
    console.log('close', hadError, 'destroyed', c.destroyed, 'errored', c.errored && c.errored.code);
    c.write('after', (e) => {
      console.log('write after reset', e.code, e.message);
      server.close();
    });
  });
});
