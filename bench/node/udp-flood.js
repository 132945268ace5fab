'use strict';
// UDP datagrams: a sender sends 512-byte datagrams to a receiver in the same
// process for BENCH_SECONDS, keeping at most 64 in flight (sent, not yet
// received) so a fast sender measures the receive path rather than the
// kernel's drops; a datagram that never arrives is presumed lost after 20 ms
// without progress. Figures: datagrams received per second, and datagrams
// lost (sent minus received after a 100 ms grace period).
const dgram = require('dgram');
const { seconds, now, report } = require('../common.js');

const SIZE = 512;
const WINDOW = 64;
const msg = Buffer.alloc(SIZE, 'x');

const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
let sent = 0;
let received = 0;
let presumedLost = 0;
let sending = true;
let t0 = 0;
let deadline = 0;
let elapsed = 0;

// pump tops the window up.
function pump() {
  while (sending && sent - received - presumedLost < WINDOW) {
    if ((sent & 63) === 0 && now() >= deadline) {
      stop();
      return;
    }
    sender.send(msg);
    sent++;
  }
}

// stop ends the sending phase and reports after the grace period.
function stop() {
  sending = false;
  elapsed = now() - t0;
  const got = received;
  clearInterval(watchdog);
  setTimeout(() => {
    report('udp-flood', { dgrams_per_s: Math.round(got / elapsed), lost: sent - received });
    receiver.close();
    sender.close();
  }, 100);
}

let lastReceived = -1;
const watchdog = setInterval(() => {
  if (!sending) return;
  if (received === lastReceived) {
    presumedLost = sent - received;
    pump();
  }
  lastReceived = received;
}, 20);

receiver.on('message', () => {
  received++;
  if (sending) pump();
});

receiver.bind(0, '127.0.0.1', () => {
  sender.connect(receiver.address().port, '127.0.0.1', () => {
    t0 = now();
    deadline = t0 + seconds();
    pump();
  });
});
