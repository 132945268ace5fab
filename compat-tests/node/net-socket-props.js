// The address properties, readyState, pending, connecting and the byte
// counters of both ends across a connection's life.
'use strict';
const net = require('net');

const serverLines = [];
const clientLines = [];

function describe(label, s) {
  (label.startsWith('server') ? serverLines : clientLines).push(label + ' ' + JSON.stringify({
    remoteAddress: s.remoteAddress, remoteFamily: s.remoteFamily, remotePortOk: typeof s.remotePort,
    localAddress: s.localAddress, localFamily: s.localFamily, localPortType: typeof s.localPort,
    address: s.address(), readyState: s.readyState, pending: s.pending, connecting: s.connecting,
    bytesRead: s.bytesRead, bytesWritten: s.bytesWritten, bufferSize: s.bufferSize,
  }, (k, v) => (k === 'port' ? typeof v : v)));
}

let closed = 0;
function done() {
  if (++closed < 2) return;
  server.close();
  console.log(clientLines.concat(serverLines).join('\n'));
}

const server = net.createServer((s) => {
  describe('server accepted', s);
  s.on('data', (d) => {
    s.end(d.toString().toUpperCase());
  });
  s.on('close', () => {
    describe('server closed', s);
    done();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  describe('fresh', c);
  c.connect(server.address().port, '127.0.0.1');
  describe('connecting', c);
  c.on('connect', () => {
    describe('connected', c);
    c.write('hello, ');
    c.write(Buffer.from('world'));
    describe('written', c);
  });
  c.on('data', (d) => clientLines.push('client got ' + d));
  c.on('end', () => describe('ended', c));
  c.on('close', () => {
    describe('closed', c);
    done();
  });
});
