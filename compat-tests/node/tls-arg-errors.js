// tls argument errors no other script reaches: ALPNProtocols as a number
// or string (accepted), an SNICallback that is not a function, a bad
// handshakeTimeout, addContext without
// a name (ERR_TLS_REQUIRED_SERVER_NAME), setSecureContext with a
// non-object, and setServername on a server socket (ERR_TLS_SNI_FROM_SERVER)
// or with a non-string.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const base = { key: pem('server-key'), cert: pem('server') };

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '-> ok');
    if (r && typeof r.close === 'function' && r instanceof tls.Server) r.close();
    if (r && typeof r.destroy === 'function') {
      r.on('error', () => {});
      r.destroy();
    }
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

attempt('ALPNProtocols number', () => tls.createServer({ ...base, ALPNProtocols: 5 }));
attempt('ALPNProtocols string', () => tls.createServer({ ...base, ALPNProtocols: 'h2' }));
attempt('SNICallback string', () => tls.createServer({ ...base, SNICallback: 'x' }));
attempt('handshakeTimeout string', () => tls.createServer({ ...base, handshakeTimeout: '5' }));
const srv = tls.createServer(base);
attempt('getTicketKeys length', () => { if (srv.getTicketKeys().length !== 48) throw new Error('not 48'); });
attempt('addContext without a name', () => srv.addContext());
attempt('setSecureContext not an object', () => srv.setSecureContext(5));

srv.listen(0, () => {
  const c = tls.connect({ port: srv.address().port, rejectUnauthorized: false });
  attempt('setServername number', () => c.setServername(5));
  c.on('secureConnect', () => c.end());
  c.on('close', () => srv.close());
});
srv.on('secureConnection', (s) => {
  attempt('setServername on the server side', () => s.setServername('x'));
  s.resume();
});
