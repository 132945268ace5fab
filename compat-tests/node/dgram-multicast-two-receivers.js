// needs: netns
// Two sockets share one port with reuseAddr and both join the same group:
// each gets its own copy of every group datagram. Once one of them leaves,
// only the other still receives.
'use strict';
const dgram = require('dgram');

const group = '239.10.0.2';
const log = [];
const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
const tx = dgram.createSocket('udp4');
let port;
let round = 1;
let seen = 0;

function onMessage(name) {
  return (msg) => {
    log.push(name + ':' + msg);
    seen++;
    if (round === 1 && seen === 2) {
      round = 2;
      b.dropMembership(group, '127.0.0.1');
      tx.send('second', port, group);
    } else if (round === 2 && name === 'a') {
      // The kernel queues every member's copy at once: b's would be here.
      setTimeout(finish, 50);
    }
  };
}
a.on('message', onMessage('a'));
b.on('message', onMessage('b'));

function finish() {
  console.log(JSON.stringify(log.sort()));
  a.close();
  b.close();
  tx.close();
}

a.bind(0, () => {
  port = a.address().port;
  b.bind(port, () => {
    console.log('same port', b.address().port === port);
    a.addMembership(group, '127.0.0.1');
    b.addMembership(group, '127.0.0.1');
    tx.bind(() => {
      tx.setMulticastInterface('127.0.0.1');
      tx.send('first', port, group);
    });
  });
});
