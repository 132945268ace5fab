// needs: netns
// IPv6 multicast between two sockets of the script: the receiver joins a
// site-local group on vb, the sender picks va as its multicast interface
// (the harness's namespace joins va and vb with a veth pair), and the
// receiver's event names the group and the interface it came in on. After
// leaving, the group is gone from joinedGroups.
const group = 'ff15::1:3';
const rx = new UDPSocket('::', 0, { binaryType: 'string' });
rx.addMulticastMembership(group, { interface: 'vb' });
console.log('joinedGroups', JSON.stringify(rx.joinedGroups));
rx.onopen = () => {
  const tx = new UDPSocket('::', 0, { multicastInterface: 'va', multicastTimeToLive: 2 });
  tx.onopen = () => {
    console.log('sender ipVersion', tx.ipVersion, 'ttl', tx.getOption('multicastTimeToLive'));
    tx.send('hello v6', group, rx.localPort);
  };
  rx.onmessage = e => {
    console.log('got', e.data, 'to', e.localAddress, 'from', e.remoteAddress, 'on', e.interface);
    rx.dropMulticastMembership(group, { interface: 'vb' });
    console.log('after leave', JSON.stringify(rx.joinedGroups));
    tx.close();
    rx.close();
  };
};
