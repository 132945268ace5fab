// An IMAP-style STARTTLS exchange with tagged commands, where the server
// side upgrades with new tls.TLSSocket(socket, { isServer, secureContext })
// and requests the client's certificate, and the client's first command
// after the upgrade is written before the handshake completes.
'use strict';
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const context = tls.createSecureContext({ key: pem('server-key'), cert: pem('server'), ca: pem('ca') });

function onLines(stream, fn) {
  let buf = '';
  stream.setEncoding('latin1');
  stream.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\r\n')) >= 0) {
      fn(buf.slice(0, i));
      buf = buf.slice(i + 2);
    }
  });
}

const serverLog = [];
const server = net.createServer((raw) => {
  raw.write('* OK IMAP4rev1 ready\r\n');
  raw.once('data', (d) => {
    serverLog.push('S< ' + String(d).trim());
    raw.write('a001 OK Begin TLS negotiation now\r\n');
    const secure = new tls.TLSSocket(raw, { isServer: true, secureContext: context, requestCert: true, rejectUnauthorized: true });
    secure.on('secure', () => {
      const peer = secure.getPeerCertificate();
      serverLog.push('S: secure, client ' + peer.subject.CN);
    });
    onLines(secure, (line) => {
      serverLog.push('S< ' + line);
      const tag = line.split(' ')[0];
      if (/CAPABILITY/.test(line)) secure.write('* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n' + tag + ' OK done\r\n');
      else if (/LOGOUT/.test(line)) secure.end('* BYE\r\n' + tag + ' OK LOGOUT completed\r\n');
    });
    secure.on('close', () => server.close(() => console.log(serverLog.join('\n'))));
  });
});

server.listen(0, () => {
  const raw = net.connect(server.address().port);
  const log = [];
  raw.once('data', (greeting) => {
    log.push('C< ' + String(greeting).trim());
    raw.write('a001 STARTTLS\r\n');
    raw.once('data', (ok) => {
      log.push('C< ' + String(ok).trim());
      const secure = tls.connect({
        socket: raw, host: 'localhost', ca: pem('ca'), key: pem('client-key'), cert: pem('client'),
      });
      secure.write('a002 CAPABILITY\r\n');
      secure.on('secureConnect', () => log.push('C: secure ' + secure.authorized));
      onLines(secure, (line) => {
        log.push('C< ' + line);
        if (line.startsWith('a002 OK')) secure.write('a003 LOGOUT\r\n');
      });
      secure.on('close', () => console.log(log.join('\n')));
    });
  });
});
