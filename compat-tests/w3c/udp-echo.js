// A datagram to a Go echo peer comes back as a UDPMessageEvent with the
// sender's and the destination's addresses.
const { port } = require('./lib/harness.js');
const p = port('UDP_ECHO');
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
s.onopen = () => console.log('open', s.readyState, 'send', s.send('ping', '127.0.0.1', p));
s.onmessage = e => {
  console.log('message', e.data, e instanceof UDPMessageEvent);
  console.log('from', e.remoteAddress, e.remotePort === p, e.address, e.port === p);
  console.log('to', e.localAddress, 'on', e.interface);
  s.close();
};
s.onclose = e => console.log('close', e.wasClean, s.readyState);
