// Options tls checks before it connects or listens, as node does:
// secureProtocol against minVersion/maxVersion
// (ERR_TLS_PROTOCOL_VERSION_CONFLICT) and unknown or disabled methods
// (ERR_TLS_INVALID_PROTOCOL_METHOD), invalid version names, sessionTimeout
// (an int32 >= 0; a server ignores a falsy one), pskCallback and
// pskIdentityHint of the wrong type, and ALPNProtocols that a socket cannot
// turn into a buffer (a plain object: a TypeError without a code; a
// non-string protocol: Buffer.byteLength's error), the order of the checks
// when several fail, the versions a method allows once connected, and a
// method for the other side (TLSv1_2_server_method on a client), which
// fails the handshake with ERR_SSL_CALLED_A_FUNCTION_YOU_SHOULD_NOT_CALL.
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
    if (r instanceof tls.TLSSocket) {
      r.on('error', () => {});
      r.destroy();
    }
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

const ctx = (o) => () => tls.createSecureContext(o);
const server = (o) => () => tls.createServer({ ...base, ...o });
const client = (o) => () => tls.connect({ port: 1, ...o });
const socket = (o) => () => new tls.TLSSocket(null, o);

attempt('method + minVersion', ctx({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }));
attempt('method + maxVersion', ctx({ secureProtocol: 'TLSv1_2_method', maxVersion: 'TLSv1.3' }));
attempt('method + both', ctx({ secureProtocol: 'TLS_method', minVersion: 'TLSv1', maxVersion: 'TLSv1.3' }));
attempt('method + minVersion null', ctx({ secureProtocol: 'TLSv1_2_method', minVersion: null }));
attempt('method + empty minVersion', ctx({ secureProtocol: 'TLSv1_2_method', minVersion: '' }));
attempt('method + number minVersion', ctx({ secureProtocol: 'TLS_method', minVersion: 5 }));
attempt('object method + minVersion', ctx({ secureProtocol: {}, minVersion: 'TLSv1.2' }));
attempt('unknown method + minVersion', ctx({ secureProtocol: 'X', minVersion: 'TLSv1' }));
attempt('object method', ctx({ secureProtocol: {} }));
attempt('empty method + minVersion', ctx({ secureProtocol: '', minVersion: 'TLSv1.2' }));
for (const m of ['TLS_method', 'TLS_client_method', 'SSLv23_server_method', 'TLSv1_method', 'TLSv1_1_client_method',
  'TLSv1_2_method', 'TLSv1_3_method', 'tls_method', 'SSLv3_method', 'SSLv2_client_method', 'SSLv3_foo']) {
  attempt('method ' + m, ctx({ secureProtocol: m }));
}
attempt('empty minVersion', ctx({ minVersion: '' }));
attempt('number maxVersion', ctx({ maxVersion: 13 }));
attempt('bad minVersion before cert', ctx({ cert: 1, minVersion: 'x' }));
attempt('unknown method before cert', ctx({ cert: 1, secureProtocol: 'X' }));

for (const v of ['x', '5', -1, 1.5, NaN, 2 ** 31, 0, 300, null]) {
  attempt('context sessionTimeout ' + String(v), ctx({ sessionTimeout: v }));
}
attempt('sessionTimeout after the keys', ctx({ cert: 'junk', key: 'junk', sessionTimeout: 'x' }));
for (const v of ['x', -1, '', 0]) attempt('server sessionTimeout ' + JSON.stringify(v), server({ sessionTimeout: v }));
attempt('connect sessionTimeout', client({ sessionTimeout: 'x' }));

for (const v of ['x', 5, {}, 0, false, null]) {
  attempt('server pskCallback ' + JSON.stringify(v), server({ pskCallback: v }));
  attempt('connect pskCallback ' + JSON.stringify(v), client({ pskCallback: v }));
}
attempt('socket pskCallback', socket({ pskCallback: 5 }));
attempt('server-side socket pskCallback', socket({ isServer: true, pskCallback: 5 }));
attempt('connect pskCallback function', client({ pskCallback: () => {} }));
for (const v of [5, null, '']) attempt('server pskIdentityHint ' + JSON.stringify(v), server({ pskIdentityHint: v }));

attempt('server: sessionTimeout before SNICallback', server({ SNICallback: 5, sessionTimeout: 'x' }));
attempt('server: handshakeTimeout before pskCallback', server({ pskCallback: 5, handshakeTimeout: 'x' }));
attempt('server: SNICallback before pskIdentityHint', server({ pskIdentityHint: 5, SNICallback: 5 }));
attempt('server: pskCallback before pskIdentityHint', server({ pskCallback: 5, pskIdentityHint: 5 }));
attempt('server: unknown method', server({ secureProtocol: 'X' }));
attempt('setSecureContext: unknown method', () => tls.createServer(base).setSecureContext({ secureProtocol: 'X' }));

for (const [label, v] of [['{}', {}], ['"h2"', 'h2'], ['5', 5], ['true', true], ['[5]', [5]], ['["h2", {}]', ['h2', {}]],
  ['0', 0], ['""', ''], ['null', null], ['Uint8Array', new Uint8Array([2, 104, 50])],
  ['DataView', new DataView(new Uint8Array([9, 2, 104, 50]).buffer, 1)]]) {
  attempt('connect ALPNProtocols ' + label, client({ ALPNProtocols: v }));
}
attempt('server ALPNProtocols {}', server({ ALPNProtocols: {} }));
attempt('socket ALPNProtocols {}', socket({ ALPNProtocols: {} }));
attempt('server-side socket ALPNProtocols {}', socket({ isServer: true, ALPNProtocols: {} }));
attempt('connect: method before ALPNProtocols', client({ ALPNProtocols: {}, secureProtocol: 'X' }));
attempt('connect: ALPNProtocols before pskCallback', client({ ALPNProtocols: {}, pskCallback: 5 }));
attempt('connect: sessionTimeout before pskCallback', client({ pskCallback: 5, sessionTimeout: 'x' }));

// The versions a method allows, one connection after the other; a method
// for the other side fails the handshake.
const srv = tls.createServer(base, (s) => {
  s.on('error', () => {}); // the client may reset it
  s.end();
});
srv.listen(0, () => {
  const methods = ['TLS_method', 'SSLv23_method', 'TLSv1_2_method', 'TLSv1_2_client_method', 'TLSv1_2_server_method'];
  (function next() {
    const m = methods.shift();
    if (!m) {
      srv.close();
      clientMethodServer();
      return;
    }
    const c = tls.connect({ port: srv.address().port, ca: pem('ca'), secureProtocol: m }, () => {
      console.log(m, 'negotiates', c.getProtocol());
      c.destroy();
    });
    c.on('error', (e) => console.log(m, 'error', e.code));
    c.on('close', next);
  })();
});

// A server whose method is a client's fails each handshake.
function clientMethodServer() {
  const events = [];
  const server = tls.createServer({ ...base, secureProtocol: 'TLS_client_method' }, () => events.push('secureConnection'));
  server.on('tlsClientError', (e) => events.push('server: tlsClientError ' + e.code));
  server.listen(0, () => {
    const c = tls.connect({ port: server.address().port, ca: pem('ca') });
    c.on('error', (e) => events.push('client: error ' + e.code));
    c.on('close', () => setTimeout(() => {
      console.log('server with TLS_client_method:', events.sort().join(', '));
      server.close();
    }, 50));
  });
}
