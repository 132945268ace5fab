'use strict';
// The W3C-API twin of node/udp-flood.js: one UDPSocket sends 512-byte
// datagrams to another (setPeer) for BENCH_SECONDS with at most 64 in flight;
// datagrams that never arrive are presumed lost after about 100 ms without
// progress. Figures: datagrams received per second, and datagrams lost (sent
// minus received after a 100 ms grace period).
const { report, flood } = require('../common.js');

const msg = new Uint8Array(512).fill(0x78);
const receiver = new UDPSocket('127.0.0.1', 0);
const sender = new UDPSocket('127.0.0.1', 0);
const f = flood(64, () => sender.send(msg), (figures) => {
  report('udp-flood', figures);
  receiver.close();
  sender.close();
});

receiver.onmessage = f.received;
let opened = 0;
const ready = () => {
  if (++opened < 2) return;
  sender.setPeer('127.0.0.1', receiver.localPort);
  f.start();
};
receiver.onopen = ready;
sender.onopen = ready;
