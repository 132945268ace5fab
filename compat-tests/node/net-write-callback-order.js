// Callbacks of Buffer and string writes on a connected, idle socket: the kernel takes
// small writes at once and their callbacks run on the next tick, one tick
// for a run of writes sharing a callback (ticks queued in between run
// after it); a write the kernel cannot take at once calls back after
// 'drain'; a write's callback comes before end()'s and 'finish'; a
// callback that throws reaches 'uncaughtException' and the socket goes on.
'use strict';
const net = require('net');

const log = [];
const server = net.createServer((s) => {
  let got = 0;
  s.on('data', (d) => { got += d.length; });
  s.on('end', () => {
    console.log('server got', got, 'bytes');
    s.end();
    server.close();
  });
});

function step(name, fn) {
  return new Promise((resolve) => {
    log.length = 0;
    fn(() => {
      console.log(name + ':', log.join(' '));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const small = Buffer.from('0123456789');
  c.on('connect', async () => {
    // The first write of a stream is special (its state is still sync).
    c.write(small);
    await step('batched', (done) => {
      const one = () => log.push('one');
      const two = () => log.push('two ' + c.writableLength);
      console.log('write ->', c.write(small, one));
      process.nextTick(() => log.push('tick'));
      c.write(small, one);
      c.write(new Uint8Array(4), two);
      c.write(small, one);
      c.write('string', one);
      c.write('utf8 string', 'utf8', one);
      c.write('latin1 string', 'latin1', one);
      c.write('no callback');
      c.write(small, undefined, two);
      Promise.resolve().then(() => log.push('promise'));
      setImmediate(() => { log.push('immediate'); done(); });
      log.push('sync');
    });
    await step('argument', (done) => {
      c.write(small, function (err) {
        log.push('args ' + arguments.length + ' ' + err + ' this ' + (this === undefined));
        done();
      });
    });
    await step('large', (done) => {
      const big = Buffer.alloc(32 << 20, 'x');
      c.once('drain', () => log.push('drain ' + c.writableLength));
      const ret = c.write(big, (err) => {
        log.push('cb ' + err + ' ' + c.writableLength + ' ' + c.writableNeedDrain);
        setImmediate(done);
      });
      log.push('write ' + ret + ' ' + c.writableLength + ' ' + c.writableNeedDrain);
    });
    await step('throws', (done) => {
      process.once('uncaughtException', (e) => {
        log.push('uncaught ' + e.message);
        c.write(small, () => { log.push('next cb'); done(); });
      });
      c.write(small, () => { throw new Error('boom'); });
    });
    await step('end', (done) => {
      c.on('finish', () => log.push('finish'));
      c.on('close', done);
      c.write(small, () => log.push('write cb ' + c.writableEnded + ' ' + c.writableFinished));
      c.end(() => log.push('end cb'));
      c.write(small, (err) => log.push('late ' + (err && err.code)));
      c.on('error', (e) => log.push('error ' + e.code));
      log.push('sync');
    });
  });
});
