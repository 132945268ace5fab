// Which server name a tls.connect client sends: none unless the script
// passes a non-empty servername (the host name is only what the
// certificate is checked against), for a fresh connection and for a
// socket handed over. The server sees it in SNICallback and as the
// servername of its socket.
'use strict';
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const asked = [];
const server = tls.createServer({
  key: pem('server-key'),
  cert: pem('server'),
  SNICallback(name, cb) {
    asked.push(name);
    cb(null, undefined);
  },
});
const seen = [];
server.on('secureConnection', (s) => {
  seen.push(s.servername);
  s.end();
});

const cases = [
  ['host localhost', { host: 'localhost' }],
  ['no host', {}],
  ['servername empty', { host: 'localhost', servername: '' }],
  ['servername null', { host: 'localhost', servername: null }],
  ['host 127.0.0.1', { host: '127.0.0.1' }],
  ['servername localhost, host 127.0.0.1', { host: '127.0.0.1', servername: 'localhost' }],
  ['servername other.test', { host: 'localhost', servername: 'other.test', rejectUnauthorized: false }],
  ['socket to localhost', { socketTo: 'localhost' }],
  ['socket with servername', { socketTo: '127.0.0.1', servername: 'localhost' }],
];

function run(label, c, port) {
  return new Promise((resolve) => {
    const o = Object.assign({ port, ca: pem('ca') }, c);
    if (c.socketTo) {
      o.socket = net.connect(port, c.socketTo);
      delete o.socketTo;
    }
    asked.length = 0;
    seen.length = 0;
    const s = tls.connect(o, () => {
      console.log(label + ': client servername ' + JSON.stringify(s.servername) + ', authorized ' + s.authorized +
        (s.authorizationError ? ' (' + s.authorizationError + ')' : ''));
    });
    s.on('error', (e) => console.log(label + ': error ' + e.code));
    s.resume();
    s.on('close', () => {
      console.log('  server: SNICallback ' + JSON.stringify(asked) + ', servername ' + JSON.stringify(seen));
      resolve();
    });
  });
}

server.listen(0, async () => {
  for (const [label, c] of cases) await run(label, c, server.address().port);
  server.close();
});
