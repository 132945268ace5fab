'use strict';
// When a socket's end comes, relative to the ticks, promise jobs and
// immediates of the code that asked for it: end() inside the 'connect'
// listener, before the connection is up, and with data. The shutdown's
// completion ('prefinish', then 'finish') always comes from a later turn
// of the loop, after the ticks and promise jobs queued beside end().
const net = require('net');

function run(name, setUp, done) {
  const server = net.createServer((s) => {
    s.resume();
    s.on('end', () => s.end());
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    const log = (what) => console.log(name, what);
    c.on('prefinish', () => log('prefinish'));
    c.on('finish', () => log('finish'));
    c.on('close', () => {
      log('close');
      server.close(done);
    });
    c.resume();
    const end = (data) => {
      c.end(data);
      process.nextTick(() => log('tick'));
      Promise.resolve().then(() => log('promise job'));
      setImmediate(() => log('immediate'));
    };
    setUp(c, end, log);
  });
}

run('in connect', (c, end, log) => c.on('connect', () => {
  log('connect');
  end();
}), () => run('while connecting', (c, end) => end(), () => run('with data in connect', (c, end, log) => {
  c.on('connect', () => {
    log('connect');
    end('bye');
  });
}, () => console.log('done'))));
