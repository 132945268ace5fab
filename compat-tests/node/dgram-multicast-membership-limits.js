// needs: netns
// Membership bookkeeping the kernel enforces: joining a group twice on the
// same interface is EADDRINUSE, one socket may join at most
// net.ipv4.igmp_max_memberships groups (20 by default in a fresh
// namespace) and the next join fails with ENOBUFS, leaving a group frees a
// slot, and leaving it twice is EADDRNOTAVAIL.
'use strict';
const dgram = require('dgram');
const fs = require('fs');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall, e.message);
  }
}

const max = Number(fs.readFileSync('/proc/sys/net/ipv4/igmp_max_memberships', 'utf8'));
const s = dgram.createSocket('udp4');
s.bind(0, () => {
  attempt('first join', () => s.addMembership('239.30.0.1', '127.0.0.1'));
  attempt('same group again', () => s.addMembership('239.30.0.1', '127.0.0.1'));
  let joined = 1;
  let failure = null;
  for (let i = 2; i <= max + 1 && !failure; i++) {
    try {
      s.addMembership('239.30.0.' + i, '127.0.0.1');
      joined++;
    } catch (e) {
      failure = e.code + ' ' + e.syscall;
    }
  }
  console.log('joined', joined === max ? 'the maximum' : joined, 'then', failure);
  attempt('leave one', () => s.dropMembership('239.30.0.5', '127.0.0.1'));
  attempt('join another in its place', () => s.addMembership('239.30.1.1', '127.0.0.1'));
  attempt('leave it twice (1)', () => s.dropMembership('239.30.0.6', '127.0.0.1'));
  attempt('leave it twice (2)', () => s.dropMembership('239.30.0.6', '127.0.0.1'));
  s.close();
});
