// needs: netns
// setMulticastInterface picks the address multicast leaves from: the
// receiver sees it as rinfo.address. Addresses that are not local fail with
// EADDRNOTAVAIL, an IPv6 address on udp4 ENOPROTOOPT, and joining the
// group again through another address of the same interface EADDRINUSE.
'use strict';
const dgram = require('dgram');

const group = '239.10.0.3';
const rx = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');
const order = ['10.77.0.1', '127.0.0.1'];

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall, e.message);
  }
}

rx.on('message', (msg, rinfo) => {
  console.log('message', String(msg), 'from', rinfo.address);
  if (order.length) {
    next();
  } else {
    rx.close();
    tx.close();
  }
});

function next() {
  const iface = order.shift();
  attempt('setMulticastInterface ' + iface, () => tx.setMulticastInterface(iface));
  tx.send('via ' + iface, rx.address().port, group);
}

rx.bind(0, () => {
  // Both addresses live on loopback: one join covers them.
  rx.addMembership(group, '127.0.0.1');
  attempt('join again via the other address', () => rx.addMembership(group, '10.77.0.1'));
  tx.bind(0, () => {
    attempt('not local', () => tx.setMulticastInterface('10.99.0.1'));
    attempt('IPv6 on udp4', () => tx.setMulticastInterface('::1'));
    attempt('not a string', () => tx.setMulticastInterface(5));
    next();
  });
});
