// needs: netns
// IPv6 multicast with dgram: the receiver joins a site-local group on vb
// ('::%vb'), the sender sends through va (setMulticastInterface('::%va')) —
// the harness's namespace joins va and vb with a veth pair, loopback does
// not carry IPv6 multicast — then the receiver leaves; leaving again fails
// with EADDRNOTAVAIL.
'use strict';
const dgram = require('dgram');
const group = 'ff15::1:3';
const rx = dgram.createSocket({ type: 'udp6', reuseAddr: true });
rx.on('message', (msg, rinfo) => {
  console.log('got', msg.toString(), 'from', rinfo.address, rinfo.family, rinfo.size);
  rx.dropMembership(group, '::%vb');
  try {
    rx.dropMembership(group, '::%vb');
  } catch (err) {
    console.log('second leave', err.code, err.syscall);
  }
  tx.close();
  rx.close(() => console.log('closed'));
});
let tx;
rx.bind(0, () => {
  rx.addMembership(group, '::%vb');
  tx = dgram.createSocket('udp6');
  tx.bind(0, '::', () => {
    tx.setMulticastInterface('::%va');
    tx.setMulticastTTL(2);
    tx.send('hello v6', rx.address().port, group, err => console.log('sent', err));
  });
});
