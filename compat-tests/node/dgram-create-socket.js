'use strict';
// createSocket and new Socket: types, options and their errors, the
// message listener argument, subclassing.
const dgram = require('dgram');

function attempt(name, fn) {
  try {
    const s = fn();
    console.log(name, 'ok', s.type);
    s.close();
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
attempt('udp4', () => dgram.createSocket('udp4'));
attempt('udp6', () => dgram.createSocket('udp6'));
attempt('options', () => dgram.createSocket({ type: 'udp6', ipv6Only: true, reuseAddr: true }));
attempt('new Socket', () => new dgram.Socket('udp4'));
attempt('bad type', () => dgram.createSocket('udp5'));
attempt('no type', () => dgram.createSocket());
attempt('type in options missing', () => dgram.createSocket({}));
attempt('type object', () => dgram.createSocket({ type: { toString: () => 'udp4' } }));
attempt('null', () => dgram.createSocket(null));
attempt('number', () => dgram.createSocket(4));
attempt('lookup not a function', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
attempt('lookup null', () => dgram.createSocket({ type: 'udp4', lookup: null }));
attempt('signal not a signal', () => dgram.createSocket({ type: 'udp4', signal: 5 }));
attempt('signal object', () => dgram.createSocket({ type: 'udp4', signal: {} }));
attempt('recvBufferSize -1', () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }));
attempt('recvBufferSize 1.5', () => dgram.createSocket({ type: 'udp4', recvBufferSize: 1.5 }));
attempt('sendBufferSize string', () => dgram.createSocket({ type: 'udp4', sendBufferSize: '1' }));
attempt('sendBufferSize 0', () => dgram.createSocket({ type: 'udp4', sendBufferSize: 0 }));

class Tagged extends dgram.Socket {
  constructor(tag) {
    super('udp4');
    this.tag = tag;
  }
}
const t = new Tagged('mine');
console.log('subclass', t instanceof dgram.Socket, t.tag, t.type, typeof t.bind);

const server = dgram.createSocket('udp4', (msg, rinfo) => {
  console.log('listener argument got', msg.toString(), rinfo.family);
  server.close();
  t.close();
});
console.log('listener registered', server.listenerCount('message'));
server.bind(0, '127.0.0.1', () => {
  t.send('from a subclass', server.address().port, '127.0.0.1');
});
console.log('Socket keys', Object.keys(server).filter((k) => !k.startsWith('_')).join());
console.log('prototype methods', Object.keys(dgram.Socket.prototype).join());
console.log('module keys', Object.keys(dgram).filter((k) => !k.startsWith('_')).join());
server._healthCheck();
server._healthCheck();
