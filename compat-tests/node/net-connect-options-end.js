// Sockets made by net.createConnection(options) for options of several
// shapes (only where to connect, plus a timeout, stream options, socket
// options, inherited keys), and the order of what follows the peer's end
// on sockets that flow, listen for 'data', stay paused, read on
// 'readable' or are half-open: 'end', 'finish', 'close', the ticks
// between them and the readable state's flags at each.
'use strict';
const net = require('net');

const flags = (s) => {
  const r = s._readableState;
  return [r.ended, r.endEmitted, r.reading, r.needReadable, r.emittedReadable, r.flowing, r.readingMore, r.sync,
    r.length, s.readableEnded, s.writableEnded, s.writableFinished, s.destroyed, s.readyState].join(',');
};

const describe = (label, s) => {
  const r = s._readableState;
  const w = s._writableState;
  console.log(label, Object.keys(r).join(','), Object.keys(w).join(','));
  console.log(label, s.allowHalfOpen, s.readableHighWaterMark, s.writableHighWaterMark, s.timeout,
    s.eventNames().join(','), s.listenerCount('end'), s.connecting, s.pending, flags(s));
};

const serverFor = (log, answer) => net.createServer((sock) => {
  sock.on('error', (e) => log('server error ' + e.code));
  sock.on('end', () => {
    log('server end ' + flags(sock));
    process.nextTick(() => log('server tick after end ' + flags(sock)));
    if (answer) sock.end('bye');
  });
  sock.on('finish', () => log('server finish ' + flags(sock)));
  sock.on('close', () => log('server close ' + flags(sock)));
  sock.resume();
});

// modes of the client's readable side.
const modes = {
  resume(c) { c.resume(); },
  data(c, log) { c.on('data', (d) => log('data ' + d.length)); },
  paused(c, log) {
    c.once('finish', () => setImmediate(() => { log('resume later ' + flags(c)); c.resume(); }));
  },
  readable(c, log) {
    c.on('readable', () => {
      let d;
      while ((d = c.read()) !== null) log('read ' + d.length);
      log('readable ' + flags(c));
    });
  },
  halfOpen(c) { c.resume(); },
};

function endRound(mode, done) {
  const lines = [];
  const log = (m) => lines.push(m);
  const server = serverFor(log, mode === 'data');
  server.listen(0, '127.0.0.1', () => {
    const options = { port: server.address().port, host: '127.0.0.1' };
    if (mode === 'halfOpen') options.allowHalfOpen = true;
    const c = net.createConnection(options);
    modes[mode](c, log);
    c.on('connect', () => {
      log('connect ' + flags(c));
      c.end();
    });
    c.on('end', () => {
      log('end ' + flags(c));
      process.nextTick(() => log('tick after end ' + flags(c)));
      setImmediate(() => log('immediate after end ' + flags(c)));
      if (mode === 'halfOpen') setImmediate(() => c.destroy());
    });
    c.on('finish', () => log('finish ' + flags(c)));
    c.on('close', (hadError) => {
      log('close ' + hadError + ' ' + flags(c));
      server.close(() => {
        // The two sides' lines interleave by the kernel's timing: print
        // each side in its own order.
        console.log(mode, 'client', lines.filter((l) => !l.startsWith('server')).join(' | '));
        console.log(mode, 'server', lines.filter((l) => l.startsWith('server')).join(' | '));
        done();
      });
    });
  });
}

const shapes = [
  ['plain', (port) => ({ port, host: '127.0.0.1' })],
  ['timeout', (port) => ({ port, host: '127.0.0.1', timeout: 5000 })],
  ['halfOpen', (port) => ({ port, host: '127.0.0.1', allowHalfOpen: true })],
  ['hwm', (port) => ({ port, host: '127.0.0.1', highWaterMark: 4 })],
  ['noDelay', (port) => ({ port, host: '127.0.0.1', noDelay: true, keepAlive: true })],
  ['inherited', (port) => Object.create({ port, host: '127.0.0.1' })],
  ['family', (port) => ({ port, host: '127.0.0.1', family: 4, localAddress: '127.0.0.1' })],
];

function shapeRound(i, done) {
  if (i === shapes.length) return done();
  const [label, make] = shapes[i];
  const server = net.createServer((sock) => { sock.on('error', () => {}); sock.resume(); });
  server.listen(0, '127.0.0.1', () => {
    const options = make(server.address().port);
    const c = net.createConnection(options, () => {
      console.log(label, 'connected', c.remoteAddress, c.connecting, c.pending, c.readyState);
      c.end();
    });
    describe(label, c);
    c.resume();
    c.on('close', () => {
      console.log(label, 'closed', c.destroyed, c.readyState, c.timeout);
      server.close(() => shapeRound(i + 1, done));
    });
  });
}

// patchedRound connects through a patched Socket.prototype.connect, which
// logs the arguments net.connect hands it.
function patchedRound() {
  const server = net.createServer((s) => { s.resume(); });
  server.listen(0, '127.0.0.1', () => {
    const orig = net.Socket.prototype.connect;
    net.Socket.prototype.connect = function (...args) {
      const a = args[0];
      console.log('patched connect', args.length, Array.isArray(a), a.length, typeof a[0], Object.keys(a[0]).join(','),
        typeof a[1], Object.getOwnPropertySymbols(a).map(String).join(','), this.connecting, this.destroyed,
        this.pending);
      return orig.apply(this, args);
    };
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      console.log('patched connected', flags(c));
      c.end();
    });
    net.Socket.prototype.connect = orig;
    c.resume();
    c.on('close', () => {
      console.log('patched closed', flags(c));
      server.close();
    });
  });
}

const order = Object.keys(modes);
const next = (i) => {
  if (i === order.length) return patchedRound();
  endRound(order[i], () => next(i + 1));
};
shapeRound(0, () => next(0));
