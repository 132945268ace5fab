// resetAndDestroy and TLS. A TLSSocket's handle is not a TCP handle in
// node, so its resetAndDestroy() throws ERR_INVALID_HANDLE_TYPE in every
// state but destroyed (then it returns the socket). The net.Socket a
// TLSSocket wraps still owns the connection: destroying or resetting it
// closes both sockets (a TLS client whose handshake was under way fails
// with EINVAL), the TLS socket a tick later. Where node's order of the two
// sockets' events comes from its TLS layer's internals (the server side,
// a handshake under way), a case prints the events it saw sorted.
'use strict';
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const base = { key: pem('server-key'), cert: pem('server') };

function reset(label, socket) {
  try {
    const r = socket.resetAndDestroy();
    console.log(label + ': returned the socket', r === socket, 'destroyed', socket.destroyed);
  } catch (e) {
    console.log(label + ': threw', e.name, e.code, e.message);
  }
}

// watch records a socket's 'error' and 'close' events in events.
function watch(socket, name, events) {
  socket.on('error', (e) => events.push(name + ' error ' + [e.code, e.message, e.errno, e.syscall].join(' ')));
  socket.on('close', (hadError) => events.push(name + ' close ' + hadError));
}

const cases = [];
const srv = tls.createServer(base, (s) => {
  s.on('error', () => {});
  s.resume();
});

// TLSSocket.resetAndDestroy() in each state.
cases.push((done) => {
  const port = srv.address().port;
  const connecting = tls.connect({ port, ca: pem('ca') });
  connecting.on('error', () => {});
  reset('connecting', connecting);
  const raw = net.connect(port);
  const wrapping = new tls.TLSSocket(raw, {});
  wrapping.on('error', () => {});
  reset('wrapping a connecting socket', wrapping);
  const alone = new tls.TLSSocket(null, {});
  reset('without a socket', alone);
  alone.destroy();
  wrapping.destroy();
  connecting.destroy();
  const c = tls.connect({ port, ca: pem('ca') }, () => {
    reset('secure', c);
    c.destroy();
    reset('destroyed', c);
    c.on('close', () => done());
  });
  c.on('error', (e) => console.log('unexpected', e.code));
});

// The wrapped socket destroyed or reset once the handshake is over.
for (const how of ['destroy', 'resetAndDestroy']) {
  cases.push((done) => {
    const events = [];
    const raw = net.connect(srv.address().port, () => {
      const c = tls.connect({ socket: raw, ca: pem('ca') }, () => {
        raw[how]();
        console.log('secure client, wrapped socket ' + how + ': raw destroyed', raw.destroyed, 'tls destroyed', c.destroyed);
        process.nextTick(() => events.push('tls destroyed after a tick ' + c.destroyed));
      });
      watch(c, 'tls', events);
      c.on('close', () => {
        for (const e of events) console.log('  ' + e);
        done();
      });
    });
    watch(raw, 'raw', events);
  });
}

// The wrapped socket reset while the client's handshake is under way.
cases.push((done) => {
  const events = [];
  const raw = net.connect(srv.address().port, () => {
    const c = tls.connect({ socket: raw, ca: pem('ca') }, () => events.push('secureConnect'));
    raw.resetAndDestroy();
    watch(c, 'tls', events);
  });
  watch(raw, 'raw', events);
  setTimeout(() => {
    console.log('client handshake under way, wrapped socket reset:', events.sort().join(', '));
    done();
  }, 200);
});

// A server-side TLSSocket whose wrapped socket is reset once secure.
cases.push((done) => {
  const events = [];
  const plain = net.createServer((raw) => {
    const s = new tls.TLSSocket(raw, { isServer: true, ...base });
    watch(s, 'tls', events);
    watch(raw, 'raw', events);
    s.on('secure', () => raw.resetAndDestroy());
  });
  plain.listen(0, () => {
    const c = tls.connect({ port: plain.address().port, ca: pem('ca') });
    c.on('error', () => {});
    c.resume();
    setTimeout(() => {
      console.log('server side, wrapped socket reset once secure:', events.sort().join(', '));
      c.destroy();
      plain.close();
      done();
    }, 200);
  });
});

srv.listen(0, function next() {
  const run = cases.shift();
  if (run) run(next);
  else srv.close();
});
