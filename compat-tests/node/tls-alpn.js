// ALPN: the server picks its most preferred protocol the client offers;
// without ALPN on either side alpnProtocol is false; protocols given as a
// wire-format Buffer work too; no protocol in common fails the handshake.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

function trial(name, serverALPN, clientALPN) {
  return new Promise((resolve) => {
    const lines = { server: [], client: [] };
    const opts = { key: pem('server-key'), cert: pem('server') };
    if (serverALPN) opts.ALPNProtocols = serverALPN;
    const server = tls.createServer(opts, (s) => {
      lines.server.push(name + ' server alpnProtocol ' + s.alpnProtocol);
      s.end();
    });
    server.on('tlsClientError', (e) => lines.server.push(name + ' server tlsClientError ' + e.code));
    server.listen(0, () => {
      const copts = { port: server.address().port, ca: pem('ca') };
      if (clientALPN) copts.ALPNProtocols = clientALPN;
      const c = tls.connect(copts, () => lines.client.push(name + ' client alpnProtocol ' + c.alpnProtocol));
      c.on('error', (e) => lines.client.push(name + ' client error ' + e.code));
      c.resume();
      c.on('close', () => server.close(() => {
        console.log(lines.client.concat(lines.server).join('\n'));
        resolve();
      }));
    });
  });
}

(async () => {
  await trial('server preference', ['proto-b', 'proto-a'], ['proto-a', 'proto-b']);
  await trial('one in common', ['x', 'y', 'z'], ['z']);
  await trial('client only', null, ['proto-a']);
  await trial('server only', ['proto-a'], null);
  await trial('buffers', Buffer.from('\x07proto-a'), Buffer.from('\x07proto-b\x07proto-a'));
  await trial('none in common', ['proto-a'], ['proto-b']);
  const out = {};
  tls.convertALPNProtocols(['h2', 'http/1.1'], out);
  console.log('convertALPNProtocols', out.ALPNProtocols.toString('hex'));
})();
