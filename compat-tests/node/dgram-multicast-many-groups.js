// needs: netns
// One socket joins four groups and receives from each; after leaving two
// of them it receives only from the other two. Datagrams are sent one at a
// time, each followed by a unicast marker, so the order is fixed.
'use strict';
const dgram = require('dgram');

const groups = ['239.20.0.1', '239.20.0.2', '239.20.0.3', '239.20.0.4'];
const rx = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');
const got = [];
let waiting = null;

rx.on('message', (msg) => {
  if (String(msg) === 'marker') {
    const w = waiting;
    waiting = null;
    w();
  } else {
    got.push(String(msg));
  }
});

function sendTo(group) {
  return new Promise((resolve) => {
    waiting = resolve;
    tx.send('to ' + group, rx.address().port, group, () => tx.send('marker', rx.address().port, '127.0.0.1'));
  });
}

rx.bind(0, () => {
  for (const g of groups) rx.addMembership(g, '127.0.0.1');
  tx.bind(0, '127.0.0.1', async () => {
    tx.setMulticastInterface('127.0.0.1');
    for (const g of groups) await sendTo(g);
    console.log('joined all:', JSON.stringify(got.splice(0)));
    rx.dropMembership(groups[0], '127.0.0.1');
    rx.dropMembership(groups[2], '127.0.0.1');
    for (const g of groups) await sendTo(g);
    console.log('after leaving two:', JSON.stringify(got.splice(0)));
    rx.close();
    tx.close();
  });
});
