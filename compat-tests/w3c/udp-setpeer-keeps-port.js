// A UDPSocket keeps the port it was bound to across setPeer() and
// setPeer(null).
const { ctl, port } = require('./lib/harness.js');
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
const bound = s.localPort;
s.setPeer('127.0.0.1', port('UDP_ECHO'));
s.onopen = () => s.send('via the peer');
s.onmessage = async e => {
  console.log('got', e.data);
  if (e.data === 'via the peer') {
    s.setPeer(null);
    console.log('same port', s.localPort === bound);
    console.log('harness:', await ctl('udp-send-from 127.0.0.1 ' + bound + ' still reachable'));
  } else s.close();
};
