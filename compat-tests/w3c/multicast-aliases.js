// needs: netns
// Every spelling of the membership methods works: the proposal's
// MulticastMembership (whose numeric second argument is ignored), W3C
// SysApps' joinMulticast/leaveMulticast and Mozilla's
// joinMulticastGroup/leaveMulticastGroup.
const s = new UDPSocket('0.0.0.0', 0);
s.MulticastMembership('239.20.0.1', 5000);
s.joinMulticast('239.20.0.2', { interface: 'lo' });
s.joinMulticastGroup('239.20.0.3', { interface: 'lo' });
console.log(JSON.stringify(s.joinedGroups));
s.leaveMulticast('239.20.0.2', { interface: 'lo' });
s.leaveMulticastGroup('239.20.0.3', { interface: 'lo' });
s.dropMulticastMembership('239.20.0.1');
console.log(JSON.stringify(s.joinedGroups));
s.close();
