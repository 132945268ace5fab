'use strict';
// Multicast membership calls on their error paths (the loopback interface
// here cannot carry multicast): bad groups and interfaces, leaving a group
// never joined, missing and mistyped arguments, sockets that are closed.
const dgram = require('dgram');

function attempt(name, fn) {
  try {
    console.log(name, 'ok', fn());
  } catch (e) {
    console.log(name, e.name, e.code, e.message, Object.keys(e).join());
  }
}
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  attempt('missing group', () => s.addMembership());
  attempt('empty group', () => s.addMembership(''));
  attempt('missing group on drop', () => s.dropMembership());
  attempt('not an address', () => s.addMembership('abc'));
  attempt('not multicast', () => s.addMembership('1.2.3.4'));
  attempt('bad interface', () => s.addMembership('224.0.0.114', 'abc'));
  attempt('IPv6 group on udp4', () => s.addMembership('ff02::1'));
  attempt('drop a group never joined', () => s.dropMembership('224.0.0.114'));
  attempt('source missing', () => s.addSourceSpecificMembership());
  attempt('source number', () => s.addSourceSpecificMembership(5, '232.1.1.1'));
  attempt('group missing', () => s.addSourceSpecificMembership('10.0.0.1'));
  attempt('group number', () => s.dropSourceSpecificMembership('10.0.0.1', 5));
  attempt('source not an address', () => s.addSourceSpecificMembership('abc', '232.1.1.1'));
  attempt('group not an address', () => s.addSourceSpecificMembership('10.0.0.1', 'abc'));
  attempt('source of the other family', () => s.addSourceSpecificMembership('::1', '232.1.1.1'));
  attempt('drop a source never joined', () => s.dropSourceSpecificMembership('10.0.0.1', '232.1.1.1'));
  attempt('bad SSM interface', () => s.addSourceSpecificMembership('10.0.0.1', '232.1.1.1', 'abc'));
  s.close();
  attempt('closed addMembership', () => s.addMembership('224.0.0.114'));
  attempt('closed dropSourceSpecificMembership', () => s.dropSourceSpecificMembership('10.0.0.1', '232.1.1.1'));
  attempt('closed setMulticastInterface', () => s.setMulticastInterface('0.0.0.0'));
});
const six = dgram.createSocket('udp6');
six.bind(0, '::1', () => {
  attempt('udp6 not multicast', () => six.addMembership('::1'));
  attempt('udp6 bad interface', () => six.addMembership('ff02::114', '127.0.0.1'));
  attempt('udp6 drop never joined', () => six.dropMembership('ff02::114'));
  six.close();
});
