// needs: netns
// A receiver joins a group on an interface and hears a datagram sent to
// it; the event names the group it was sent to and the interface.
const { ctl } = require('./lib/harness.js');
const group = '239.10.0.1';
const s = new UDPSocket('0.0.0.0', 0, { binaryType: 'string' });
s.addMulticastMembership(group, { interface: 'lo' });
console.log('joinedGroups', JSON.stringify(s.joinedGroups), Object.isFrozen(s.joinedGroups));
s.onopen = async () => console.log('harness:', await ctl(`mcast-send 127.0.0.1 ${group} ${s.localPort} hello group`));
s.onmessage = e => {
  console.log('got', e.data, 'to', e.localAddress, 'from', e.remoteAddress, 'on', e.interface);
  s.close();
};
