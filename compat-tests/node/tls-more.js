// More TLS: a client writing before the handshake is over, half-closing
// with allowHalfOpen, exportKeyingMaterial agreeing on both sides, TLS
// over a Unix-domain socket, and tls.connect's (port, host, options, cb)
// signature.
'use strict';
const tls = require('tls');
const fs = require('fs');
const os = require('os');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const serverOptions = { key: pem('server-key'), cert: pem('server'), allowHalfOpen: true };

function withServer(listenArgs, onSocket, client) {
  return new Promise((resolve) => {
    const server = tls.createServer(serverOptions, onSocket);
    server.listen(...listenArgs, () => {
      client(server, () => server.close(resolve));
    });
  });
}

(async () => {
  let material = null;
  await withServer([0], (s) => {
    let got = '';
    s.setEncoding('utf8');
    s.on('data', (d) => { got += d; });
    s.on('end', () => {
      material = s.exportKeyingMaterial(32, 'EXPERIMENTAL-test', Buffer.from('ctx'));
      s.end('server read ' + JSON.stringify(got) + ' and still writes');
    });
  }, (server, done) => {
    const c = tls.connect({ port: server.address().port, ca: pem('ca'), allowHalfOpen: true });
    c.write('written before the handshake');
    c.end(', then ended');
    let reply = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { reply += d; });
    let mine;
    c.on('secureConnect', () => { mine = c.exportKeyingMaterial(32, 'EXPERIMENTAL-test', Buffer.from('ctx')); });
    c.on('end', () => console.log('client got', JSON.stringify(reply)));
    c.on('close', () => {
      console.log('keying material agrees', Buffer.isBuffer(mine) && mine.length === 32 && mine.equals(material));
      try {
        c.exportKeyingMaterial('32', 'x');
      } catch (e) {
        console.log('bad length', e.code);
      }
      done();
    });
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeshim-tls-'));
  const sock = path.join(dir, 'tls.sock');
  await withServer([sock], (s) => s.end('over a unix socket'), (server, done) => {
    const c = tls.connect({ path: sock, ca: pem('ca'), servername: 'localhost' }, () => {
      console.log('unix: authorized', c.authorized, 'remoteAddress', c.remoteAddress);
    });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('unix: got', d));
    c.on('close', done);
  });
  fs.rmdirSync(dir);

  await withServer([0, '127.0.0.1'], (s) => s.end('ok'), (server, done) => {
    const c = tls.connect(server.address().port, 'localhost', { ca: pem('ca') }, () => {
      console.log('signature: authorized', c.authorized, 'servername sent', c.servername);
    });
    c.resume();
    c.on('close', done);
  });
})();
