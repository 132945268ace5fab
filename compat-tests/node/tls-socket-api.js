// The rest of TLSSocket's API on an established connection: setting the
// maximum fragment size, renegotiation (refused), disableRenegotiation,
// getSession/isSessionReused, getFinished, and argument checks.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const server = tls.createServer({ key: pem('server-key'), cert: pem('server') }, (s) => s.resume());
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, ca: pem('ca') }, () => {
    console.log('setMaxSendFragment', c.setMaxSendFragment(1024));
    for (const bad of [100, 20000, '1024']) {
      try {
        c.setMaxSendFragment(bad);
      } catch (e) {
        console.log('setMaxSendFragment', JSON.stringify(bad), e.code);
      }
    }
    c.disableRenegotiation();
    const ret = c.renegotiate({}, (err) => {
      console.log('renegotiate callback error', err instanceof Error);
      try {
        c.renegotiate('x');
      } catch (e) {
        console.log('renegotiate bad options', e.code);
      }
      c.end();
    });
    console.log('renegotiate returns', ret);
    console.log('exportKeyingMaterial without a label', (() => {
      try { c.exportKeyingMaterial(8); } catch (e) { return e.code; }
    })());
  });
  c.on('close', () => server.close());
});
