'use strict';
// UDP flood with an unconnected sender: every send() names the port and
// address and carries a 512-character string. Figures as
// bench/node/udp-flood.js.
const dgram = require('dgram');
const { report, flood } = require('../common.js');

const msg = 'x'.repeat(512);
const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
let port = 0;
const f = flood(64, () => sender.send(msg, port, '127.0.0.1'), (figures) => {
  report('udp-string', figures);
  receiver.close();
  sender.close();
});

receiver.on('message', f.received);
receiver.bind(0, '127.0.0.1', () => {
  port = receiver.address().port;
  f.start();
});
