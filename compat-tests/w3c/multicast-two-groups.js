// needs: netns
// One socket in two groups on the same port tells them apart by the
// datagram's destination address.
const { ctl } = require('./lib/harness.js');
const s = new UDPSocket('0.0.0.0', 0, { binaryType: 'string' });
s.addMulticastMembership('239.30.0.1', { interface: 'lo' });
s.addMulticastMembership('239.30.0.2', { interface: 'lo' });
const got = [];
s.onopen = async () => {
  await ctl(`mcast-send 127.0.0.1 239.30.0.2 ${s.localPort} second`);
  await ctl(`mcast-send 127.0.0.1 239.30.0.1 ${s.localPort} first`);
};
s.onmessage = e => {
  got.push(e.data + ' -> ' + e.localAddress);
  if (got.length === 2) { console.log(got.join('\n')); s.close(); }
};
