// needs: netns
// A script sends multicast (multicastInterface, multicastTimeToLive) and
// another socket of the same script receives it, multicastLoopback being
// on by default; the options read back as set.
const group = '239.40.0.1';
const rx = new UDPSocket('0.0.0.0', 0, { binaryType: 'string', addressReuse: true });
rx.addMulticastMembership(group, { interface: 'lo' });
const tx = new UDPSocket('127.0.0.1', 0, { multicastInterface: '127.0.0.1', multicastTimeToLive: 2 });
console.log('sender options', tx.getOption('multicastLoopback'), tx.getOption('multicastTimeToLive'), tx.getOption('multicastInterface'));
tx.onopen = () => tx.send('looped back', group, rx.localPort);
rx.onmessage = e => {
  console.log('got', e.data, 'to', e.localAddress, 'from', e.remotePort === tx.localPort);
  tx.setOption('multicastLoopback', false);
  tx.setOption('multicastTimeToLive', 0);
  console.log('now', tx.getOption('loopback'), tx.options.multicastTimeToLive);
  rx.close();
  tx.close();
};
