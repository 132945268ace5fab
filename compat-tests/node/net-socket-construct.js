// Sockets that net makes itself (accepted by a server, made by
// net.connect(port, host)) against the prototypes and what their
// constructor sets: the states' classes, shapes and flags, the listener
// table, the emitter's symbols, and what a script that changed the
// prototypes on the way gets.
'use strict';
const net = require('net');
const stream = require('stream');
const util = require('util');
const EventEmitter = require('events');

const symbol = (o, name) => Object.getOwnPropertySymbols(o).find((k) => String(k) === 'Symbol(' + name + ')');
const stateKey = (s) => symbol(s, 'kState');

function describe(label, s) {
  const r = s._readableState;
  const w = s._writableState;
  console.log(label, 'proto', Object.getPrototypeOf(s) === net.Socket.prototype, s.constructor.name,
    s instanceof stream.Duplex, s instanceof stream.Readable, s instanceof stream.Writable, s instanceof EventEmitter);
  console.log(label, 'states', Object.getPrototypeOf(r) === stream.Readable.ReadableState.prototype,
    r instanceof stream.Readable.ReadableState, Object.getPrototypeOf(w) === stream.Writable.WritableState.prototype,
    r.constructor.name, w.constructor.name);
  console.log(label, 'readable keys', Reflect.ownKeys(r).map(String), r[stateKey(r)]);
  console.log(label, 'writable keys', Reflect.ownKeys(w).map(String), w[stateKey(w)]);
  console.log(label, util.inspect(r, { depth: 0 }));
  console.log(label, util.inspect(w, { depth: 0 }));
  console.log(label, 'onwrite', typeof w.onwrite, w.onwrite.name, w.onwrite.length, w.onwrite === s._writableState.onwrite);
  console.log(label, 'events', s.eventNames(), s.listenerCount('end'), s.listenerCount('close'),
    Object.getPrototypeOf(s._events), Object.keys(s._events).length);
  console.log(label, 'emitter', Object.prototype.hasOwnProperty.call(s, '_maxListeners'), s._maxListeners,
    s.getMaxListeners(), s[symbol(s, 'kCapture')], s[symbol(s, 'shapeMode')]);
  console.log(label, 'fields', s.allowHalfOpen, s.connecting, s.pending, s.readyState, s.readableFlowing,
    s.readableHighWaterMark, s.writableHighWaterMark, s.readableObjectMode, s.writableObjectMode,
    s.destroyed, s.readable, s.writable);
}

// round runs one connection through a server with options and calls done
// once both ends have closed.
function round(label, options, before, done) {
  const server = net.createServer(options, (s) => {
    describe(label + ' accepted', s);
    s.on('error', () => {});
    s.on('data', (d) => s.end(String(d).toUpperCase()));
    s.resume();
    s.on('close', () => {
      server.close();
      closed();
    });
  });
  let left = 2;
  const closed = () => {
    if (--left === 0) done();
  };
  server.listen(0, '127.0.0.1', () => {
    before();
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end('hi'));
    describe(label + ' connect', c);
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', (hadError) => {
      console.log(label, 'client got', got, hadError, c.bytesRead, c.bytesWritten);
      closed();
    });
  });
}

const steps = [
  (next) => round('plain', {}, () => {}, next),
  (next) => round('half-open', { allowHalfOpen: true, highWaterMark: 1024 }, () => {}, next),
  (next) => {
    // A script's on on the prototype sees the constructor's 'end' listener.
    const on = net.Socket.prototype.on;
    net.Socket.prototype.on = function (ev, fn) {
      if (ev === 'end') console.log('patched on', ev, typeof fn);
      return on.call(this, ev, fn);
    };
    round('patched on', {}, () => {}, () => {
      delete net.Socket.prototype.on;
      console.log('restored', net.Socket.prototype.on === stream.Readable.prototype.on);
      next();
    });
  },
  (next) => {
    net.Socket.prototype._maxListeners = 3;
    EventEmitter.captureRejections = true;
    round('inherited settings', {}, () => {}, () => {
      delete net.Socket.prototype._maxListeners;
      EventEmitter.captureRejections = false;
      next();
    });
  },
  (next) => round('again', { pauseOnConnect: true }, () => {}, next),
  (next) => {
    // new net.Socket(), called with and without new, and subclasses of
    // both kinds, before and through a connection.
    describe('new Socket', new net.Socket());
    describe('Socket()', net.Socket());
    class Sub extends net.Socket {
      constructor() {
        super();
        this.extra = 'sub';
      }
    }
    function Old() {
      net.Socket.call(this);
    }
    Object.setPrototypeOf(Old.prototype, net.Socket.prototype);
    const sub = new Sub();
    const old = new Old();
    console.log('subclasses', Object.getPrototypeOf(sub) === Sub.prototype, sub.extra, sub instanceof net.Socket,
      old instanceof Old, typeof old._readableState, old.listenerCount('end'));
    const server = net.createServer((s) => {
      s.on('data', (d) => s.end(String(d).toUpperCase()));
      s.on('close', () => server.close());
    });
    server.listen(0, '127.0.0.1', () => {
      const c = new net.Socket();
      c.connect(server.address().port, '127.0.0.1', () => c.end('new socket'));
      describe('new Socket connecting', c);
      c.setEncoding('utf8');
      c.on('data', (d) => console.log('new Socket got', d));
      c.on('close', (hadError) => {
        console.log('new Socket close', hadError, c.destroyed, c.readyState, c.bytesRead, c.bytesWritten,
          c.eventNames());
        next();
      });
    });
  },
];
const run = () => {
  const step = steps.shift();
  if (step) step(run);
};
run();
