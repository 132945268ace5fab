'use strict';
// net.connect(port, host[, cb]) in its shapes: a literal address with and
// without a callback, an empty host (localhost), a host name, a last
// argument that is no function, a bad port, and a Socket.prototype.connect
// of the script's that sees the normalised arguments; each reports its
// state and events in order.
const net = require('net');

const server = net.createServer((s) => {
  s.on('error', () => {});
  s.resume();
  s.on('end', () => s.end());
});

const steps = [];

function run(name, make, next) {
  const log = (what) => console.log(name, what);
  const c = make(log);
  log('connecting ' + c.connecting + ' pending ' + c.pending + ' destroyed ' + c.destroyed);
  log('connect listeners ' + c.listenerCount('connect'));
  c.on('lookup', (err, address, family, host) => log('lookup ' + err + ' ' + address + ' ' + family + ' ' + host));
  c.on('connect', () => log('connect event, remote ' + c.remoteAddress + ' ' + (c.remotePort === port())));
  c.on('ready', () => log('ready'));
  c.on('end', () => log('end'));
  c.on('close', (hadError) => {
    log('close ' + hadError);
    next();
  });
  c.resume();
  process.nextTick(() => log('tick after connect() ' + c.connecting));
}

const port = () => server.address().port;

steps.push((next) => run('literal+cb', (log) => {
  const c = net.connect(port(), '127.0.0.1', function () {
    log('callback this is socket ' + (this === c) + ' args ' + arguments.length);
    c.end();
  });
  return c;
}, next));

steps.push((next) => run('literal', () => {
  const c = net.connect(port(), '127.0.0.1');
  c.on('connect', () => c.end());
  return c;
}, next));

steps.push((next) => run('empty host', (log) => {
  const c = net.connect(port(), '', () => {
    log('callback');
    c.end();
  });
  return c;
}, next));

steps.push((next) => run('host name', (log) => {
  const c = net.createConnection(port(), 'localhost', () => {
    log('callback');
    c.end();
  });
  return c;
}, next));

steps.push((next) => run('non-function last', () => {
  const c = net.connect(port(), '127.0.0.1', 42);
  c.on('connect', () => c.end());
  return c;
}, next));

steps.push((next) => {
  for (const bad of [-1, 65536, NaN, 1.5]) {
    try {
      net.connect(bad, '127.0.0.1', () => {});
      console.log('bad port', bad, 'no throw');
    } catch (e) {
      console.log('bad port', bad, e.code, e.name);
    }
  }
  next();
});

steps.push((next) => {
  const stock = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const a = args[0];
    console.log('own connect', args.length, Array.isArray(a), a.length, Object.keys(a[0]).join(','),
      a[0].port === port(), a[0].host, typeof a[1]);
    net.Socket.prototype.connect = stock;
    return stock.apply(this, args);
  };
  run('own connect', (log) => {
    const c = net.connect(port(), '127.0.0.1', () => {
      log('callback');
      c.end();
    });
    return c;
  }, next);
});

server.listen(0, '127.0.0.1', () => {
  const next = () => {
    const step = steps.shift();
    if (step) step(next);
    else server.close(() => console.log('done'));
  };
  next();
});
