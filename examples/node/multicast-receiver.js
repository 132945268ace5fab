// A UDP multicast receiver: joins a group and prints every message sent
// to it, with the sender's address.
//
//   node multicast-receiver.js                       listen on 239.1.2.3:5007
//   node multicast-receiver.js 239.1.2.3:5007 192.168.1.20 --count 3
//                                    join on the interface that has address
//                                    192.168.1.20, exit after 3 messages
//
// Without an interface the system chooses one (the one its route for the
// group uses). The port is bound with reuseAddr, so several receivers on
// one host can listen to the same group. Try it with multicast-sender.js.
// Runs unchanged under node and nodeshim.
'use strict';
const dgram = require('node:dgram');

const args = process.argv.slice(2);
const countAt = args.indexOf('--count');
const count = countAt >= 0 ? Number(args.splice(countAt, 2)[1]) : Infinity;
const [target = '239.1.2.3:5007', iface] = args;
const [group, port] = target.split(':');

const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true });
let received = 0;
socket.on('message', (msg, rinfo) => {
  received++;
  // The sender's port is left out: it is whatever port its system chose.
  console.log(`${rinfo.size} bytes from ${rinfo.address}: ${msg}`);
  if (received >= count) {
    socket.dropMembership(group, iface);
    socket.close();
  }
});
socket.on('error', (err) => {
  console.log(`error: ${err.message}`);
  process.exitCode = 1;
  socket.close();
});
socket.bind(Number(port), () => {
  socket.addMembership(group, iface);
  console.log(`listening to ${group}:${port} on ${iface || 'the default interface'}`);
});
