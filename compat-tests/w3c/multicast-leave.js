// needs: netns
// After dropMulticastMembership nothing sent to the group arrives (a
// unicast marker sent afterwards proves the socket read everything).
const { ctl } = require('./lib/harness.js');
const group = '239.10.0.2';
const s = new UDPSocket('0.0.0.0', 0, { binaryType: 'string' });
s.addMulticastMembership(group, { interface: '127.0.0.1' });
const send = text => ctl(`mcast-send 127.0.0.1 ${group} ${s.localPort} ${text}`);
s.onopen = () => send('while joined');
s.onmessage = async e => {
  console.log('got', e.data, 'to', e.localAddress);
  if (e.data === 'while joined') {
    s.dropMulticastMembership(group, { interface: '127.0.0.1' });
    console.log('joinedGroups', JSON.stringify(s.joinedGroups));
    await send('after leaving');
    await ctl(`udp-send-from 127.0.0.1 ${s.localPort} unicast marker`);
  } else s.close();
};
