'use strict';
// A socket's end of life, step by step: end(cb) on a connected socket,
// the server's end on the client's FIN, 'prefinish', 'finish', 'end' and
// 'close' with the flags each sees, against the ticks around them; then
// destroy(null, cb) and destroy(err, cb) with their callbacks' order,
// sockets whose _final, _destroy or emit is their own, a socket whose
// pending getter throws, and a 'finish' listener that destroys.
const net = require('net');

const log = [];
function flags(s) {
  return [s.destroyed, s.closed, s.writableFinished, s.writableEnded, s.readableEnded, s.readyState,
    s._writableState.pendingcb].join(',');
}

function watch(name, s) {
  for (const ev of ['prefinish', 'finish', 'end', 'close']) {
    s.on(ev, () => {
      log.push(name + ' ' + ev + ' ' + flags(s));
      process.nextTick(() => log.push(name + ' after ' + ev + ' ' + flags(s)));
    });
  }
}

function server(onSock) {
  return new Promise((resolve) => {
    const srv = net.createServer((sock) => onSock(sock, srv));
    srv.closed = new Promise((done) => srv.on('close', done));
    srv.listen(0, '127.0.0.1', () => resolve(srv));
  });
}

async function endOrder() {
  const srv = await server((sock, s) => {
    watch('server', sock);
    sock.resume();
    sock.on('close', () => s.close());
  });
  await new Promise((resolve) => {
    const c = net.connect(srv.address().port, '127.0.0.1', () => {
      c.end(() => log.push('client end cb ' + flags(c)));
      log.push('client ended ' + flags(c));
    });
    watch('client', c);
    c.resume();
    c.on('close', resolve);
  });
  await srv.closed;
}

async function destroyOrder(err) {
  const srv = await server((sock, s) => {
    sock.on('error', () => {});
    sock.resume();
    sock.on('close', () => s.close());
  });
  await new Promise((resolve) => {
    const c = net.connect(srv.address().port, '127.0.0.1', () => {
      c.destroy(err, (e) => log.push('destroy cb ' + (e && e.message) + ' ' + flags(c)));
      log.push('destroyed ' + flags(c));
      process.nextTick(() => log.push('destroy tick ' + flags(c)));
    });
    c.on('error', (e) => log.push('error ' + e.message + ' ' + flags(c)));
    c.on('close', (hadError) => { log.push('close ' + hadError + ' ' + flags(c)); resolve(); });
  });
  await srv.closed;
}

async function ownMethods() {
  const srv = await server((sock, s) => {
    sock.resume();
    sock.on('close', () => s.close());
  });
  await new Promise((resolve) => {
    const c = net.connect(srv.address().port, '127.0.0.1', () => c.end());
    const final = c._final;
    c._final = function (cb) {
      log.push('own _final ' + flags(c));
      final.call(this, (e) => { log.push('own _final cb ' + flags(c)); cb(e); });
    };
    const destroy = c._destroy;
    c._destroy = function (e, cb) {
      log.push('own _destroy ' + flags(c));
      destroy.call(this, e, (er) => { log.push('own _destroy cb ' + flags(c)); cb(er); });
    };
    watch('own', c);
    c.resume();
    c.on('close', resolve);
  });
  await srv.closed;
}

// A subclass whose pending getter throws once connected: _final's failure
// goes to 'error' (the socket is destroyed) and end()'s callback.
async function throwingPending() {
  const srv = await server((sock, s) => {
    sock.on('error', () => {});
    sock.resume();
    sock.on('close', () => s.close());
  });
  class S extends net.Socket {}
  let armed = false;
  Object.defineProperty(S.prototype, 'pending', {
    get() {
      if (armed) throw new Error('pending threw');
      return this.connecting;
    },
  });
  await new Promise((resolve) => {
    const c = new S();
    c.on('error', (e) => log.push('error ' + e.message + ' ' + flags(c)));
    c.on('close', () => { log.push('close'); resolve(); });
    c.connect(srv.address().port, '127.0.0.1', () => {
      armed = true;
      c.end((e) => log.push('end cb ' + (e && e.message)));
      log.push('end returned');
    });
  });
  await srv.closed;
}

// A socket whose emit is its own sees the events its end emits.
async function ownEmit() {
  const srv = await server((sock, s) => {
    sock.resume();
    sock.on('close', () => s.close());
  });
  await new Promise((resolve) => {
    const c = net.connect(srv.address().port, '127.0.0.1', () => c.end());
    const emit = c.emit;
    c.emit = function (ev, ...args) {
      if (['prefinish', 'finish', 'end', 'close'].includes(ev)) log.push('own emit ' + ev + ' ' + flags(c));
      return emit.call(this, ev, ...args);
    };
    c.resume();
    c.on('close', resolve);
  });
  await srv.closed;
}

// A 'finish' listener that destroys the socket with an error, on a server
// socket whose readable side has ended (finish would destroy it too).
async function destroyOnFinish() {
  const srv = await server((sock, s) => {
    sock.on('finish', () => {
      log.push('server finish ' + flags(sock));
      sock.destroy(new Error('in finish'));
      log.push('server destroyed ' + flags(sock));
    });
    sock.on('error', (e) => log.push('server error ' + e.message + ' ' + flags(sock)));
    sock.on('close', (hadError) => { log.push('server close ' + hadError); s.close(); });
    sock.resume();
  });
  await new Promise((resolve) => {
    const c = net.connect(srv.address().port, '127.0.0.1', () => c.end());
    c.on('error', () => {});
    c.resume();
    c.on('close', resolve);
  });
  await srv.closed;
}

(async () => {
  await endOrder();
  await destroyOrder(null);
  await destroyOrder(new Error('boom'));
  await ownMethods();
  await throwingPending();
  await ownEmit();
  await destroyOnFinish();
  for (const line of log) console.log(line);
})();
