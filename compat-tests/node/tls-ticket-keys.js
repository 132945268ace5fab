// Session ticket keys: getTicketKeys/setTicketKeys and the ticketKeys
// option. Servers with the same keys resume each other's sessions (TLS 1.3
// and TLS 1.2); other keys, or keys replaced since, mean a full handshake.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const keysA = Buffer.alloc(48, 'a');
const keysB = Buffer.alloc(48, 'b');

function server(options) {
  return new Promise((resolve) => {
    const srv = tls.createServer(Object.assign({ key: pem('server-key'), cert: pem('server') }, options), (s) => s.end('x'));
    srv.listen(0, () => resolve(srv));
  });
}

function connect(srv, extra) {
  return new Promise((resolve) => {
    let session;
    const c = tls.connect(Object.assign({ port: srv.address().port, host: 'localhost', ca: pem('ca') }, extra));
    c.on('session', (s) => { session = s; });
    c.on('secureConnect', () => { c.reused = c.isSessionReused(); });
    c.on('error', (e) => console.log('error', e.code));
    c.on('close', () => resolve({ session, reused: c.reused }));
    c.resume();
  });
}

(async () => {
  const fresh = tls.createServer({ key: pem('server-key'), cert: pem('server') });
  const k = fresh.getTicketKeys();
  console.log('default keys:', k.length, Buffer.isBuffer(k), fresh.getTicketKeys().equals(k));
  fresh.setTicketKeys(keysA);
  console.log('set then get:', fresh.getTicketKeys().equals(keysA));
  for (const bad of [Buffer.alloc(10), 'x', 5]) {
    try {
      tls.createSecureContext({ ticketKeys: bad });
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  for (const bad of [Buffer.alloc(47), 'x']) {
    try {
      fresh.setTicketKeys(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }

  for (const maxVersion of ['TLSv1.3', 'TLSv1.2']) {
    console.log(maxVersion);
    const one = await server({ ticketKeys: keysA });
    const two = await server({});
    two.setTicketKeys(keysA);
    const other = await server({ ticketKeys: keysB });
    const first = await connect(one, { maxVersion });
    console.log('  first connection resumed', first.reused, 'got a session', Buffer.isBuffer(first.session));
    console.log('  same server', (await connect(one, { maxVersion, session: first.session })).reused);
    console.log('  another server, same keys', (await connect(two, { maxVersion, session: first.session })).reused);
    console.log('  other keys', (await connect(other, { maxVersion, session: first.session })).reused);
    one.setTicketKeys(keysB);
    console.log('  keys replaced since', (await connect(one, { maxVersion, session: first.session })).reused);
    for (const s of [one, two, other]) s.close();
  }
})();
