// Session resumption: the client gets a 'session' from the server, and a
// second connection offering it resumes (isSessionReused on both sides);
// a connection offering nothing, or garbage, does a full handshake.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

const serverSide = [];
const server = tls.createServer({ key: pem('server-key'), cert: pem('server') }, (s) => {
  serverSide.push(s.isSessionReused());
  s.end('x');
});

function connect(label, session) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, ca: pem('ca'), session });
    let saved = null;
    c.once('session', (s) => { saved = s; });
    c.on('secureConnect', () => {
      console.log(label + ': reused', c.isSessionReused(), 'authorized', c.authorized);
    });
    c.resume();
    c.on('close', () => resolve(saved));
  });
}

server.listen(0, async () => {
  const session = await connect('first', undefined);
  console.log('session is a non-empty Buffer', Buffer.isBuffer(session) && session.length > 0);
  await connect('with the session', session);
  await connect('with garbage', Buffer.from('not a session'));
  console.log('server saw reused:', serverSide.join(', '));
  server.close();
});
