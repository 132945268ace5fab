// needs: netns
// setMulticastTTL, setMulticastLoopback and setTTL on a bound socket: what
// they return, their range checks, and that a sender with loopback left on
// hears its own group datagram while the TTL and loopback setters accept
// every value in range.
'use strict';
const dgram = require('dgram');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall, e.message);
  }
}

const group = '239.10.0.4';
const s = dgram.createSocket('udp4');
attempt('unbound setMulticastTTL', () => s.setMulticastTTL(1));
attempt('unbound setMulticastLoopback', () => s.setMulticastLoopback(true));
s.bind(0, () => {
  for (const v of [0, 1, 64, 255, 256, -1, 1.5, '2', null]) {
    attempt('setMulticastTTL ' + JSON.stringify(v), () => s.setMulticastTTL(v));
  }
  for (const v of [1, 128, 255, 0, 256]) {
    attempt('setTTL ' + v, () => s.setTTL(v));
  }
  for (const v of [true, false, 0, 1, 'yes', undefined]) {
    attempt('setMulticastLoopback ' + JSON.stringify(v), () => s.setMulticastLoopback(v));
  }
  s.setMulticastLoopback(true);
  s.setMulticastTTL(1);
  s.addMembership(group);
  s.setMulticastInterface('127.0.0.1');
  s.on('message', (msg, rinfo) => {
    console.log('heard own', String(msg), rinfo.port === s.address().port);
    s.close(() => {
      attempt('closed setMulticastTTL', () => s.setMulticastTTL(1));
      attempt('closed setMulticastLoopback', () => s.setMulticastLoopback(true));
    });
  });
  s.send('echo of myself', s.address().port, group);
});
