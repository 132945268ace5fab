// needs: netns
// setMulticastLoopback returns the flag it was given. With the group
// routed through the loopback interface, a datagram sent with loopback off
// still arrives: the flag only stops the kernel's local copy, and the
// interface itself hands the transmitted datagram back. A unicast marker
// after each group datagram shows what arrived, in order.
'use strict';
const dgram = require('dgram');

const group = '239.10.0.8';
const rx = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');
const got = [];

rx.on('message', (msg) => {
  got.push(String(msg));
  if (String(msg) === 'marker 1') {
    console.log('loopback on again', tx.setMulticastLoopback(true));
    tx.send('group, loopback on', rx.address().port, group, () => tx.send('marker 2', rx.address().port, '127.0.0.1'));
  } else if (String(msg) === 'marker 2') {
    console.log(JSON.stringify(got));
    rx.close();
    tx.close();
  }
});
rx.bind(0, () => {
  rx.addMembership(group, '127.0.0.1');
  tx.bind(0, '127.0.0.1', () => {
    tx.setMulticastInterface('127.0.0.1');
    console.log('loopback off', tx.setMulticastLoopback(false));
    tx.send('group, loopback off', rx.address().port, group, () => tx.send('marker 1', rx.address().port, '127.0.0.1'));
  });
});
