// needs: netns
// A source-specific membership hears only its source.
const { ctl } = require('./lib/harness.js');
const group = '232.1.1.1';
const s = new UDPSocket('0.0.0.0', 0, { binaryType: 'string' });
s.addMulticastMembership(group, { interface: 'lo', source: '127.0.0.2' });
s.onopen = async () => {
  await ctl(`mcast-send 127.0.0.1 ${group} ${s.localPort} from .1`);
  await ctl(`mcast-send 127.0.0.2 ${group} ${s.localPort} from .2`);
};
s.onmessage = e => {
  console.log('got', e.data, 'from', e.remoteAddress, 'to', e.localAddress);
  s.dropMulticastMembership(group, { interface: 'lo', source: '127.0.0.2' });
  console.log('joinedGroups', JSON.stringify(s.joinedGroups));
  s.close();
};
