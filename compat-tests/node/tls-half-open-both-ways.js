// Half-open TLS connections in both directions (allowHalfOpen on both
// sides): the client ends first and still reads the server's later
// answer; then the server ends first and still reads what the client sends
// after its 'end'. Each side's events are printed once both closed.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
let logs = { client: [], server: [] };
let closes = 0;
let next;
function closed() {
  if (++closes % 2) return;
  console.log('client:', logs.client.join(' | '));
  console.log('server:', logs.server.join(' | '));
  logs = { client: [], server: [] };
  next();
}

const server = tls.createServer({ key: pem('server-key'), cert: pem('server'), allowHalfOpen: true }, (s) => {
  const log = (m) => logs.server.push(m);
  let got = '';
  s.setEncoding('utf8');
  s.once('data', (first) => {
    got += first;
    if (first.startsWith('client-first')) {
      s.on('data', (d) => { got += d; });
      s.on('end', () => {
        log('end ' + JSON.stringify(got));
        setTimeout(() => s.end('late answer'), 20);
      });
    } else {
      s.end('server ends first');
      log('ended, writableEnded ' + s.writableEnded);
      s.on('data', (d) => { got += d; });
      s.on('end', () => log('got ' + JSON.stringify(got)));
    }
  });
  s.on('close', () => { log('close'); closed(); });
});

function client(first, then) {
  const log = (m) => logs.client.push(m);
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca'), allowHalfOpen: true }, () => {
    if (first) {
      c.end('client-first');
      log('ended');
    } else {
      c.write('server-first?');
    }
  });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    log('end ' + JSON.stringify(got));
    if (!first) {
      c.write('after your end;');
      c.end('bye');
    }
  });
  c.on('close', () => { log('close'); closed(); });
  next = then;
}

server.listen(0, () => client(true, () => client(false, () => server.close())));
