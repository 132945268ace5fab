// needs: netns
// One broadcast datagram to 10.77.0.255 reaches every socket bound to the
// wildcard address on that port: two receivers sharing the port with
// reuseAddr each get a copy, while a socket bound to 127.0.0.1 on another
// port gets nothing. A unicast marker to that socket ends the script.
'use strict';
const dgram = require('dgram');

const got = [];
const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
const bystander = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');

a.on('message', (m) => got.push('a:' + m));
b.on('message', (m) => got.push('b:' + m));
bystander.on('message', (m) => {
  got.push('bystander:' + m);
  if (String(m) === 'marker') {
    // Both copies are queued when the broadcast is delivered: give the
    // receivers' queued messages a turn.
    setTimeout(() => {
      console.log(JSON.stringify(got.sort()));
      for (const s of [a, b, bystander, tx]) s.close();
    }, 50);
  }
});

a.bind(0, () => b.bind(a.address().port, () => bystander.bind(0, '127.0.0.1', () => {
  tx.bind(0, '10.77.0.1', () => {
    tx.setBroadcast(true);
    tx.send('to everyone', a.address().port, '10.77.0.255', () => {
      tx.send('marker', bystander.address().port, '127.0.0.1');
    });
  });
})));
