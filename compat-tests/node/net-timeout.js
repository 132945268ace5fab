// setTimeout: 'timeout' after the socket has been idle that long, pushed
// back by activity, emitted again after more activity, off with 0; the
// timeout option of connect; setTimeout's argument checks.
'use strict';
const net = require('net');

const server = net.createServer((sock) => {
  sock.on('data', () => {});
  sock.on('error', () => {});
});

function run(steps) {
  return steps.reduce((p, s) => p.then(s), Promise.resolve());
}

server.listen(0, () => {
  const port = server.address().port;
  const c = net.connect(port);
  const start = Date.now();
  let timeouts = 0;
  c.on('connect', () => {
    const ret = c.setTimeout(100);
    console.log('returns socket', ret === c, 'timeout prop', c.timeout);
    // Write every 40 ms for 300 ms: no timeout meanwhile.
    const iv = setInterval(() => c.write('x'), 40);
    setTimeout(() => {
      clearInterval(iv);
      console.log('timeouts while busy', timeouts);
    }, 300);
  });
  c.on('timeout', () => {
    timeouts++;
    const idleEnough = Date.now() - start >= 300;
    console.log('timeout', timeouts, 'after the busy period', idleEnough);
    if (timeouts === 1) {
      // Activity re-arms the timer.
      c.write('y');
    } else {
      c.setTimeout(0);
      console.log('disabled');
      setTimeout(() => {
        console.log('no more timeouts', timeouts === 2);
        c.destroy();
        const c2 = net.connect({ port, timeout: 50 });
        c2.on('timeout', () => {
          console.log('option timeout fired, timeout prop', c2.timeout);
          c2.destroy();
          const c3 = new net.Socket();
          for (const bad of ['1', -1, NaN, Infinity, 2 ** 31]) {
            try {
              c3.setTimeout(bad);
              console.log('accepted', bad);
            } catch (e) {
              console.log(e.name, e.code, e.message);
            }
          }
          try {
            c3.setTimeout(10, 'nope');
          } catch (e) {
            console.log(e.code, e.message);
          }
          const cb = () => {};
          c3.setTimeout(10, cb);
          console.log('listeners', c3.listenerCount('timeout'));
          c3.setTimeout(0, cb);
          console.log('listeners after 0', c3.listenerCount('timeout'));
          c3.setTimeout(0);
          server.close();
        });
      }, 250);
    }
  });
});
