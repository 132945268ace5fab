'use strict';
// Socket options on a bound socket: TTLs, broadcast, multicast loopback and
// interface, kernel buffer sizes (Linux doubles what it is given), and their
// errors.
const dgram = require('dgram');

function attempt(name, fn) {
  try {
    console.log(name, 'ok', fn());
  } catch (e) {
    console.log(name, e.name, e.code, e.message, Object.keys(e).join(), e.errno, e.syscall);
  }
}
const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 16384, sendBufferSize: 32768 });
s.bind(0, '127.0.0.1', () => {
  attempt('recvBufferSize option', () => s.getRecvBufferSize());
  attempt('sendBufferSize option', () => s.getSendBufferSize());
  attempt('setTTL 64', () => s.setTTL(64));
  attempt('setTTL 1.5', () => s.setTTL(1.5));
  attempt('setTTL 0', () => s.setTTL(0));
  attempt('setTTL 256', () => s.setTTL(256));
  attempt('setTTL string', () => s.setTTL('5'));
  attempt('setMulticastTTL 0', () => s.setMulticastTTL(0));
  attempt('setMulticastTTL 255', () => s.setMulticastTTL(255));
  attempt('setMulticastTTL 256', () => s.setMulticastTTL(256));
  attempt('setMulticastTTL null', () => s.setMulticastTTL(null));
  attempt('setBroadcast', () => s.setBroadcast(true));
  attempt('setBroadcast off', () => s.setBroadcast(false));
  attempt('setMulticastLoopback 0', () => s.setMulticastLoopback(0));
  attempt('setMulticastLoopback yes', () => s.setMulticastLoopback('yes'));
  attempt('setMulticastInterface', () => s.setMulticastInterface('127.0.0.1'));
  attempt('setMulticastInterface any', () => s.setMulticastInterface('0.0.0.0'));
  attempt('setMulticastInterface name', () => s.setMulticastInterface('lo'));
  attempt('setMulticastInterface IPv6', () => s.setMulticastInterface('::1'));
  attempt('setMulticastInterface absent', () => s.setMulticastInterface('10.9.9.9'));
  attempt('setMulticastInterface number', () => s.setMulticastInterface(5));
  attempt('setRecvBufferSize', () => s.setRecvBufferSize(4096));
  attempt('getRecvBufferSize', () => s.getRecvBufferSize());
  attempt('setSendBufferSize', () => s.setSendBufferSize(8192));
  attempt('getSendBufferSize', () => s.getSendBufferSize());
  attempt('setRecvBufferSize 0', () => s.setRecvBufferSize(0));
  attempt('setRecvBufferSize -1', () => s.setRecvBufferSize(-1));
  attempt('setRecvBufferSize 1.5', () => s.setRecvBufferSize(1.5));
  attempt('setRecvBufferSize string', () => s.setRecvBufferSize('4096'));
  attempt('setRecvBufferSize 2**31', () => s.setRecvBufferSize(2 ** 31));
  attempt('setSendBufferSize 2**32', () => s.setSendBufferSize(2 ** 32));
  attempt('getSendQueueSize', () => s.getSendQueueSize());
  attempt('getSendQueueCount', () => s.getSendQueueCount());
  const e = (() => { try { s.setRecvBufferSize(2 ** 31); } catch (err) { return err; } })();
  console.log('SystemError', e.name, e instanceof Error, JSON.stringify(e.info), e.stack.split('\n')[0]);
  s.close();
});

const six = dgram.createSocket('udp6');
six.bind(0, '::1', () => {
  attempt('udp6 setTTL', () => six.setTTL(10));
  attempt('udp6 setMulticastTTL', () => six.setMulticastTTL(3));
  attempt('udp6 setMulticastInterface ::', () => six.setMulticastInterface('::'));
  attempt('udp6 setMulticastInterface ::%lo', () => six.setMulticastInterface('::%lo'));
  attempt('udp6 setMulticastInterface bad', () => six.setMulticastInterface('abc'));
  six.close();
});
