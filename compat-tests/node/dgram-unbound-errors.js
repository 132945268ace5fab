'use strict';
// What an unbound and a closed socket say: EBADF system errors before bind
// (as libuv's unbound handle has no descriptor), Node's own errors and the
// null-handle TypeErrors after close.
const dgram = require('dgram');

function attempt(name, fn) {
  try {
    const r = fn();
    console.log(name, 'ok', r);
  } catch (e) {
    console.log(name, e.name, e.code, e.message, Object.keys(e).join(), e.errno, e.syscall);
  }
}
const s = dgram.createSocket('udp4');
attempt('address', () => s.address());
attempt('setBroadcast', () => s.setBroadcast(true));
attempt('setTTL', () => s.setTTL(5));
attempt('setMulticastTTL', () => s.setMulticastTTL(5));
attempt('setMulticastLoopback', () => s.setMulticastLoopback(true));
attempt('setMulticastInterface', () => s.setMulticastInterface('127.0.0.1'));
attempt('getRecvBufferSize', () => s.getRecvBufferSize());
attempt('setSendBufferSize', () => s.setSendBufferSize(4096));
attempt('getSendQueueSize', () => s.getSendQueueSize());
attempt('getSendQueueCount', () => s.getSendQueueCount());
attempt('remoteAddress', () => s.remoteAddress());
attempt('ref', () => s.ref() === s);
attempt('unref', () => s.unref() === s);
s.close();
attempt('closed address', () => s.address());
attempt('closed setTTL', () => s.setTTL(5));
attempt('closed setBroadcast', () => s.setBroadcast(true));
attempt('closed setMulticastInterface', () => s.setMulticastInterface('127.0.0.1'));
attempt('closed addMembership', () => s.addMembership('224.0.0.1'));
attempt('closed getSendQueueSize', () => s.getSendQueueSize());
attempt('closed ref', () => s.ref() === s);
attempt('closed connect', () => s.connect(0));
