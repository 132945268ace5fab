// A server's ALPNCallback: called with the socket as this and
// { servername, protocols } (servername false without SNI), before the
// SNICallback, only when the client offers protocols; it chooses the
// protocol, refuses them all with undefined (a no_application_protocol
// alert), and a value not offered (ERR_TLS_ALPN_CALLBACK_INVALID_RESULT) or
// an exception fails the handshake quietly with that error. ALPNCallback
// and ALPNProtocols together are ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const base = { key: pem('server-key'), cert: pem('server') };

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '-> ok', r.constructor.name);
    if (r instanceof tls.Server) r.close();
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

attempt('both', () => tls.createServer({ ...base, ALPNCallback: () => {}, ALPNProtocols: ['h2'] }));
attempt('both, empty list', () => tls.createServer({ ...base, ALPNCallback: () => {}, ALPNProtocols: [] }));
attempt('both, checked before the list', () => tls.createServer({ ...base, ALPNCallback: () => {}, ALPNProtocols: [5] }));
attempt('both, checked before sessionTimeout', () => tls.createServer({ ...base, ALPNCallback: () => {}, ALPNProtocols: ['h2'], sessionTimeout: 'x' }));
attempt('number, with a list', () => tls.createServer({ ...base, ALPNCallback: 5, ALPNProtocols: ['h2'] }));
attempt('falsy, with a list', () => tls.createServer({ ...base, ALPNCallback: 0, ALPNProtocols: ['h2'] }));
attempt('with an empty string list', () => tls.createServer({ ...base, ALPNCallback: () => {}, ALPNProtocols: '' }));
attempt('server-side socket, number', () => new tls.TLSSocket(null, { isServer: true, ALPNCallback: 5 }));
attempt('server-side socket, checked before ALPNProtocols', () => new tls.TLSSocket(null, { isServer: true, ALPNCallback: 5, ALPNProtocols: {} }));
attempt('server-side socket, null', () => new tls.TLSSocket(null, { isServer: true, ALPNCallback: null }));
attempt('client socket, number', () => new tls.TLSSocket(null, { ALPNCallback: 5 }));

const thrown = new Error('boom');
const cases = [
  { name: 'chooses the second', offer: ['a', 'b', 'c'], servername: 'localhost', choose: (info) => info.protocols[1] },
  { name: 'no SNI', offer: ['a', 'b'], choose: () => 'a' },
  { name: 'refuses', offer: ['a', 'b'], servername: 'localhost', choose: () => undefined },
  { name: 'not offered', offer: ['a', 'b'], choose: () => 'zzz' },
  { name: 'a number', offer: ['a'], choose: () => 5 },
  { name: 'an empty string', offer: ['a'], choose: () => '' },
  { name: 'throws', offer: ['a'], choose: () => { throw thrown; } },
  { name: 'nothing offered', offer: undefined, servername: 'localhost', choose: () => 'a' },
];

let current;
let lines;
const srv = tls.createServer({
  ...base,
  SNICallback(name, cb) {
    lines.push('  SNICallback ' + name);
    cb(null, null);
  },
  ALPNCallback(info) {
    lines.push('  ALPNCallback ' + JSON.stringify(info) + ', keys ' + Object.keys(info) + ', ' + arguments.length +
      ' argument, this is the socket ' + (this instanceof tls.TLSSocket && this.server === srv) +
      ', servername ' + this.servername);
    return current.choose(info);
  },
});
srv.on('secureConnection', (s) => {
  lines.push('  server: secureConnection, alpnProtocol ' + s.alpnProtocol);
  s.on('close', () => side('server'));
  s.end();
});
srv.on('tlsClientError', (e) => {
  lines.push('  server: tlsClientError ' + (e === thrown ? 'the very error thrown' : e.name + ' ' + e.code) +
    (e.code === 'ERR_TLS_ALPN_CALLBACK_INVALID_RESULT' ? ': ' + e.message : ''));
  side('server');
});

let ended;
// side records that one end is done; once both are, the case's lines are
// printed (in a fixed order) and the next case runs.
function side(which) {
  ended.add(which);
  if (ended.size < 2) return;
  const order = (l) => (l.includes('client:') ? 1 : 0);
  for (const l of lines.sort((x, y) => order(x) - order(y))) console.log(l);
  next();
}

function next() {
  current = cases.shift();
  if (!current) {
    srv.close();
    return;
  }
  console.log(current.name);
  lines = [];
  ended = new Set();
  const c = tls.connect({ port: srv.address().port, ca: pem('ca'), servername: current.servername, ALPNProtocols: current.offer },
    () => {
      lines.push('  client: secureConnect, alpnProtocol ' + c.alpnProtocol);
      c.resume();
    });
  c.on('error', (e) => lines.push('  client: error ' + e.code));
  c.on('close', () => side('client'));
}

srv.listen(0, next);
