// More dgram argument checks: createSocket's buffer size and signal
// options, bind's port and address types, connect's port and address,
// setTTL/setMulticastTTL with non-numbers, buffer size setters out of
// range, and disconnect/remoteAddress on a socket never connected.
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '-> ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

attempt('recvBufferSize string', () => dgram.createSocket({ type: 'udp4', recvBufferSize: 'x' }).close());
attempt('sendBufferSize -1', () => dgram.createSocket({ type: 'udp4', sendBufferSize: -1 }).close());
attempt('signal not a signal', () => dgram.createSocket({ type: 'udp4', signal: {} }));
attempt('lookup not a function', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
attempt('type missing', () => dgram.createSocket({}));

// Each bind attempt gets a fresh socket: a bind that starts binds it.
function bindAttempt(label, ...args) {
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => console.log(label, 'error event', e.code));
  attempt(label, () => { b.bind(...args); });
  b.close();
}
bindAttempt('bind port string', 'x');
bindAttempt('bind port -1', -1);
bindAttempt('bind port 65536', 65536);
bindAttempt('bind address number', 0, 5);
bindAttempt('bind options port object', { port: {} });
bindAttempt('bind options address number', { port: 0, address: 5 });

const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  attempt('connect port 0', () => s.connect(0));
  attempt('connect port string', () => s.connect('x'));
  attempt('connect address number', () => s.connect(1234, 5));
  attempt('disconnect unconnected', () => s.disconnect());
  attempt('remoteAddress unconnected', () => s.remoteAddress());
  attempt('setTTL string', () => s.setTTL('1'));
  attempt('setMulticastTTL object', () => s.setMulticastTTL({}));
  attempt('setRecvBufferSize -1', () => s.setRecvBufferSize(-1));
  attempt('setSendBufferSize string', () => s.setSendBufferSize('x'));
  attempt('setRecvBufferSize 2**31', () => s.setRecvBufferSize(2 ** 31));
  attempt('getSendQueueSize', () => s.getSendQueueSize());
  attempt('getSendQueueCount', () => s.getSendQueueCount());
  s.close();
});
