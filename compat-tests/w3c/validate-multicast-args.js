// Multicast membership calls validate the group, the interface and source
// options, and the socket's state.
const { thrown } = require('./lib/harness.js');
const u = new UDPSocket('0.0.0.0', 0);
const cases = [
  () => u.addMulticastMembership(),
  () => u.addMulticastMembership('not an address'),
  () => u.addMulticastMembership('192.0.2.1'),
  () => u.addMulticastMembership('239.1.1.1', { source: 'nowhere' }),
  () => u.joinMulticast('10.1.1.1'),
  () => u.joinMulticastGroup('::2'),
  () => u.leaveMulticastGroup('x'),
  () => u.MulticastMembership('1.2.3.4', 5000),
  () => u.dropMulticastMembership('239.9.9.9'),
];
for (const c of cases) console.log(thrown(c));
u.close();
console.log(thrown(() => u.addMulticastMembership('239.1.1.1')));
console.log(JSON.stringify(u.joinedGroups));
