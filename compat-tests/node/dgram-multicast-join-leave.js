// needs: netns
// A receiver joins a multicast group, gets what a sender sends to it, then
// leaves with dropMembership and no longer gets the group's traffic: a
// unicast marker sent after the group datagram arrives first and alone.
'use strict';
const dgram = require('dgram');

const group = '239.10.0.1';
const rx = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');
const got = [];

rx.on('message', (msg, rinfo) => {
  got.push(String(msg));
  console.log('received', String(msg), 'from', rinfo.address, rinfo.family, rinfo.size);
  if (String(msg) === 'joined') {
    rx.dropMembership(group);
    console.log('left the group');
    tx.send('after leaving', rx.address().port, group, () => {
      tx.send('marker', rx.address().port, '127.0.0.1');
    });
  } else if (String(msg) === 'marker') {
    console.log('all received', JSON.stringify(got));
    rx.close();
    tx.close();
  }
});

rx.bind(0, () => {
  rx.addMembership(group);
  console.log('joined', group);
  tx.bind(0, '127.0.0.1', () => {
    tx.setMulticastInterface('127.0.0.1');
    tx.send('joined', rx.address().port, group, (err, n) => console.log('sent', err, n));
  });
});
