// Session resumption over TLS 1.2: the client's 'session' arrives, a
// second connection offering it resumes (isSessionReused on both sides),
// the same cipher and protocol are negotiated, and a server created with
// a different ticket key refuses to resume (full handshake instead).
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const opts = { key: pem('server-key'), cert: pem('server'), maxVersion: 'TLSv1.2' };

function makeServer(log) {
  return tls.createServer(opts, (s) => {
    log.push(s.isSessionReused());
    s.end('hi');
  });
}

function connect(server, label, session) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca'), session, maxVersion: 'TLSv1.2' });
    let saved = null;
    c.once('session', (s) => { saved = s; });
    c.on('secureConnect', () => {
      console.log(label + ':', c.getProtocol(), 'reused', c.isSessionReused(), 'cipher', c.getCipher().version);
    });
    c.resume();
    c.on('close', () => resolve(saved || c.getSession()));
  });
}

const seenA = [];
const seenB = [];
const a = makeServer(seenA);
const b = makeServer(seenB);
a.listen(0, () => b.listen(0, async () => {
  const session = await connect(a, 'first', undefined);
  console.log('session is a Buffer', Buffer.isBuffer(session));
  await connect(a, 'resumed', session);
  await connect(b, 'other server', session);
  console.log('server A reused:', seenA.join(', '), 'server B reused:', seenB.join(', '));
  a.close();
  b.close();
}));
