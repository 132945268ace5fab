// The session of a resumed TLS 1.2 connection: node's client emits no
// 'session' event for it and getSession() returns the session resumed,
// the bytes given. A session the server cannot resume (its ticket keys
// changed) is a full handshake, which reports the new session.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

const srv = tls.createServer({ key: pem('server-key'), cert: pem('server'), maxVersion: 'TLSv1.2' }, (s) => {
  s.on('error', () => {});
  s.end('hello');
});

let first;
const steps = [
  ['a full handshake', () => undefined],
  ['resumes the first session', () => first],
  ['resumes it again', () => first],
  ['new ticket keys: not resumed', () => {
    srv.setTicketKeys(Buffer.alloc(48, 7));
    return first;
  }],
];

function connect() {
  const step = steps.shift();
  if (!step) {
    srv.close();
    return;
  }
  const given = step[1]();
  const events = [];
  const c = tls.connect({ port: srv.address().port, ca: pem('ca'), session: given }, () => {
    const s = c.getSession();
    events.push('secureConnect: reused ' + c.isSessionReused() + ', getSession ' + describe(s, given));
  });
  c.on('session', (s) => {
    if (!first) first = s;
    events.push("'session': " + describe(s, given));
  });
  c.resume();
  c.on('end', () => events.push('end: getSession ' + describe(c.getSession(), given)));
  c.on('close', () => {
    console.log(step[0]);
    for (const e of events) console.log('  ' + e);
    connect();
  });
}

// describe tells a session apart from the one given.
function describe(s, given) {
  if (s === undefined) return 'undefined';
  if (!Buffer.isBuffer(s) || s.length === 0) return 'not a session';
  return given && s.equals(given) ? 'the session given' : 'a new session';
}

srv.listen(0, connect);
