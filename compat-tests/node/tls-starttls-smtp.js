// An SMTP-style STARTTLS exchange: greeting, EHLO, STARTTLS, "220 Ready",
// both sides upgrade the same TCP connection (the client with
// tls.connect({ socket }), the server with new tls.TLSSocket(socket,
// { isServer })), then EHLO, MAIL, QUIT over TLS. Each side logs the
// lines it receives and whether they came encrypted.
'use strict';
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

// lines calls onLine for each CRLF-terminated line a stream delivers,
// until the returned stop function is called.
function lines(stream, onLine) {
  let buf = '';
  const onData = (d) => {
    buf += d.toString('latin1');
    let i;
    while ((i = buf.indexOf('\r\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 2);
      onLine(line);
    }
  };
  stream.on('data', onData);
  return () => stream.removeListener('data', onData);
}

const serverLog = [];
const server = net.createServer((raw) => {
  raw.write('220 mail.test ESMTP\r\n');
  const stop = lines(raw, (line) => {
    serverLog.push('S< ' + line);
    if (line.startsWith('EHLO')) {
      raw.write('250-mail.test\r\n250 STARTTLS\r\n');
    } else if (line === 'STARTTLS') {
      stop();
      raw.write('220 Ready to start TLS\r\n');
      const secure = new tls.TLSSocket(raw, { isServer: true, key: pem('server-key'), cert: pem('server') });
      secure.on('secure', () => serverLog.push('S: secure, protocol ' + secure.getProtocol()));
      lines(secure, (l) => {
        serverLog.push('S< ' + l + ' (encrypted)');
        if (l.startsWith('EHLO')) secure.write('250-mail.test\r\n250 AUTH PLAIN\r\n');
        else if (l.startsWith('MAIL FROM')) secure.write('250 OK\r\n');
        else if (l === 'QUIT') secure.end('221 Bye\r\n');
      });
      secure.on('close', () => {
        serverLog.push('S: closed');
        server.close();
      });
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  const log = [];
  const raw = net.connect(server.address().port, '127.0.0.1');
  let step = 0;
  const stop = lines(raw, (line) => {
    log.push('C< ' + line);
    if (step === 0 && line.startsWith('220')) {
      step = 1;
      raw.write('EHLO client.test\r\n');
    } else if (step === 1 && line === '250 STARTTLS') {
      step = 2;
      raw.write('STARTTLS\r\n');
    } else if (step === 2 && line.startsWith('220')) {
      stop();
      const secure = tls.connect({ socket: raw, servername: 'localhost', ca: pem('ca') }, () => {
        log.push('C: secureConnect authorized=' + secure.authorized + ' encrypted=' + secure.encrypted);
        secure.write('EHLO client.test\r\n');
      });
      let sent = false;
      lines(secure, (l) => {
        log.push('C< ' + l + ' (encrypted)');
        if (l === '250 AUTH PLAIN' && !sent) {
          sent = true;
          secure.write('MAIL FROM:<a@client.test>\r\n');
        } else if (l === '250 OK') {
          secure.write('QUIT\r\n');
        }
      });
      secure.on('end', () => log.push('C: end'));
      secure.on('close', () => {
        log.push('C: closed, raw socket destroyed ' + raw.destroyed);
        setImmediate(() => {
          console.log(log.join('\n'));
          console.log(serverLog.join('\n'));
        });
      });
    }
  });
});
