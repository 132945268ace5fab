// Half-open connections in both directions over one server with
// allowHalfOpen: first the client ends and keeps reading while the server
// answers and ends later; then the server ends first and keeps reading
// while the client answers. readyState shows 'readOnly' / 'writeOnly'.
// Each side's events are printed in order, side by side once both closed.
'use strict';
const net = require('net');

const logs = { client: [], server: [] };
let closes = 0;
let next;
function closed() {
  if (++closes % 2) return;
  console.log('client:', logs.client.join(' | '));
  console.log('server:', logs.server.join(' | '));
  logs.client = [];
  logs.server = [];
  next();
}

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  const log = (s) => logs.server.push(s);
  sock.setEncoding('utf8');
  let buf = '';
  sock.once('data', (first) => {
    buf += first;
    if (first.startsWith('client-first')) {
      sock.on('data', (d) => { buf += d; });
      sock.on('end', () => {
        log('end, readyState ' + sock.readyState + ', data ' + JSON.stringify(buf));
        sock.write('answer 1;');
        setImmediate(() => sock.end('answer 2'));
      });
    } else {
      sock.end('server ends first');
      log('ended, readyState ' + sock.readyState);
      sock.on('data', (d) => { buf += d; });
      sock.on('end', () => log('got ' + JSON.stringify(buf)));
    }
  });
  sock.on('close', (hadError) => { log('close ' + hadError); closed(); });
});

function clientFirst(port) {
  const log = (s) => logs.client.push(s);
  const c = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.end('client-first: bye');
    log('ended, readyState ' + c.readyState + ', writableEnded ' + c.writableEnded);
  });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => log('got ' + JSON.stringify(got) + ', readyState ' + c.readyState));
  c.on('close', (hadError) => { log('close ' + hadError); closed(); });
}

function serverFirst(port) {
  const log = (s) => logs.client.push(s);
  const c = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true }, () => c.write('server-first?'));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    log('end ' + JSON.stringify(got) + ', readyState ' + c.readyState + ', writable ' + c.writable);
    c.write('still writing;');
    c.end('client done');
  });
  c.on('close', (hadError) => { log('close ' + hadError); closed(); });
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  next = () => {
    next = () => server.close();
    serverFirst(port);
  };
  clientFirst(port);
});
