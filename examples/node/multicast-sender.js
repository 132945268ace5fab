// A UDP multicast sender: sends numbered messages to a group, one every
// half second.
//
//   node multicast-sender.js                         10 messages to 239.1.2.3:5007
//   node multicast-sender.js 239.1.2.3:5007 192.168.1.20 --count 3
//                                    3 messages, leaving by the interface
//                                    that has address 192.168.1.20
//
// Without an interface the system's route for the group chooses one.
// Multicast loopback is on, so a receiver on this host hears the messages
// too (see multicast-receiver.js). Runs unchanged under node and nodeshim.
'use strict';
const dgram = require('node:dgram');

const args = process.argv.slice(2);
const countAt = args.indexOf('--count');
const count = countAt >= 0 ? Number(args.splice(countAt, 2)[1]) : 10;
const [target = '239.1.2.3:5007', iface] = args;
const [group, port] = target.split(':');

const socket = dgram.createSocket('udp4');
socket.bind(() => {
  socket.setMulticastTTL(1); // stay on the local network
  socket.setMulticastLoopback(true);
  if (iface) socket.setMulticastInterface(iface);
  let sent = 0;
  const sendNext = () => {
    sent++;
    const text = `message ${sent} of ${count}`;
    socket.send(text, Number(port), group, (err) => {
      if (err) {
        console.log(`send failed: ${err.message}`);
        process.exitCode = 1;
        socket.close();
        return;
      }
      console.log(`sent "${text}" to ${group}:${port}`);
      if (sent < count) setTimeout(sendNext, 500);
      else socket.close();
    });
  };
  sendNext();
});
