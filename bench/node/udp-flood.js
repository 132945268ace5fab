'use strict';
// UDP datagrams: a sender sends 512-byte datagrams to a receiver in the same
// process for BENCH_SECONDS, keeping at most 64 in flight (sent, not yet
// received) so a fast sender measures the receive path rather than the
// kernel's drops; datagrams that never arrive are presumed lost after about
// 100 ms without progress. Figures: datagrams received per second, and datagrams
// lost (sent minus received after a 100 ms grace period).
const dgram = require('dgram');
const { report, flood } = require('../common.js');

const msg = Buffer.alloc(512, 'x');
const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
const f = flood(64, () => sender.send(msg), (figures) => {
  report('udp-flood', figures);
  receiver.close();
  sender.close();
});

receiver.on('message', f.received);
receiver.bind(0, '127.0.0.1', () => {
  sender.connect(receiver.address().port, '127.0.0.1', f.start);
});
