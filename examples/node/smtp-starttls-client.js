// An SMTP client that upgrades to TLS with STARTTLS before sending a
// message, verifying the server's certificate. It starts a small local
// SMTP server of its own to talk to (certificates from the compat tests'
// fixtures), so it runs anywhere:
//
//   node smtp-starttls-client.js
//
// Runs unchanged under node and nodeshim.
'use strict';
const net = require('node:net');
const tls = require('node:tls');
const fs = require('node:fs');
const path = require('node:path');

const certs = path.join(__dirname, '..', '..', 'compat-tests', 'node', 'fixtures', 'certs');
const pem = (name) => fs.readFileSync(path.join(certs, name + '.pem'));

// lineReader returns a function that resolves with the next reply: the
// lines up to one whose code is followed by a space ("250 ok"), as SMTP
// multi-line replies end.
function lineReader(stream) {
  let buffer = '';
  let waiter = null;
  const replies = [];
  let lines = [];
  const onData = (chunk) => {
    buffer += chunk.toString('latin1');
    let i;
    while ((i = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      lines.push(line);
      if (line[3] !== '-') {
        replies.push(lines);
        lines = [];
      }
    }
    if (waiter && replies.length) {
      const w = waiter;
      waiter = null;
      w(replies.shift());
    }
  };
  stream.on('data', onData);
  const next = () => new Promise((resolve) => {
    if (replies.length) resolve(replies.shift());
    else waiter = resolve;
  });
  next.stop = () => stream.removeListener('data', onData);
  return next;
}

async function sendMail({ port, host, from, to, body }) {
  let socket = net.connect(port, host);
  await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let reply = lineReader(socket);
  const command = async (line, expect) => {
    console.log(`C: ${line}`);
    socket.write(line + '\r\n');
    const lines = await reply();
    lines.forEach((l) => console.log(`S: ${l}`));
    if (!lines[lines.length - 1].startsWith(expect)) throw new Error(`unexpected reply to ${line}: ${lines.join(' / ')}`);
    return lines;
  };
  (await reply()).forEach((l) => console.log(`S: ${l}`));
  const ehlo = await command('EHLO client.example', '250');
  if (!ehlo.some((l) => l.slice(4) === 'STARTTLS')) throw new Error('the server does not offer STARTTLS');
  await command('STARTTLS', '220');
  reply.stop();
  socket = tls.connect({ socket, servername: host === '127.0.0.1' ? 'localhost' : host, ca: pem('ca') });
  await new Promise((resolve, reject) => socket.once('secureConnect', resolve).once('error', reject));
  console.log(`-- TLS established (${socket.getProtocol()}), server certificate verified: ${socket.authorized}`);
  reply = lineReader(socket);
  await command('EHLO client.example', '250');
  await command(`MAIL FROM:<${from}>`, '250');
  await command(`RCPT TO:<${to}>`, '250');
  await command('DATA', '354');
  await command(body.replace(/\n/g, '\r\n') + '\r\n.', '250');
  await command('QUIT', '221');
  socket.end();
}

// A minimal SMTP server offering STARTTLS.
function smtpServer() {
  return net.createServer((raw) => {
    let socket = raw;
    let inData = false;
    const respond = (text) => socket.write(text + '\r\n');
    const onLine = (line) => {
      if (inData) {
        if (line === '.') {
          inData = false;
          respond('250 2.0.0 queued');
        }
        return;
      }
      const verb = line.split(' ')[0].toUpperCase();
      switch (verb) {
        case 'EHLO':
          respond(socket.encrypted ? '250-mail.example\r\n250 AUTH PLAIN' : '250-mail.example\r\n250 STARTTLS');
          break;
        case 'STARTTLS':
          respond('220 2.0.0 ready to start TLS');
          socket = new tls.TLSSocket(raw, { isServer: true, key: pem('server-key'), cert: pem('server') });
          listen(socket);
          break;
        case 'MAIL':
        case 'RCPT':
          respond('250 2.1.0 ok');
          break;
        case 'DATA':
          inData = true;
          respond('354 end with <CRLF>.<CRLF>');
          break;
        case 'QUIT':
          respond('221 2.0.0 bye');
          socket.end();
          break;
        default:
          respond('502 5.5.2 command not recognized');
      }
    };
    let stopReading = null;
    const listen = (stream) => {
      if (stopReading) stopReading();
      let buffer = '';
      const onData = (chunk) => {
        buffer += chunk.toString('latin1');
        let i;
        while ((i = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          onLine(line);
        }
      };
      stream.on('data', onData);
      stopReading = () => stream.removeListener('data', onData);
    };
    listen(raw);
    respond('220 mail.example ESMTP ready');
  });
}

const server = smtpServer();
server.listen(0, '127.0.0.1', async () => {
  try {
    await sendMail({
      port: server.address().port,
      host: '127.0.0.1',
      from: 'ada@example.com',
      to: 'bob@example.com',
      body: 'Subject: hello\n\nSent over STARTTLS.',
    });
    console.log('message sent');
  } catch (err) {
    console.log(`failed: ${err.message}`);
    process.exitCode = 1;
  }
  server.close();
});
