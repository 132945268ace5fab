// setPeer(null) disconnects: datagrams from anyone arrive again and send()
// needs an address.
const { port, ctl, thrown } = require('./lib/harness.js');
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
s.setPeer('127.0.0.1', port('UDP_ECHO'));
s.setPeer(null);
console.log('peer', JSON.stringify(s.address), s.port, JSON.stringify(s.url));
s.onopen = async () => {
  console.log(thrown(() => s.send('nowhere')));
  console.log('harness:', await ctl('udp-send-from 127.0.0.1 ' + s.localPort + ' from anyone'));
};
s.onmessage = e => { console.log('got', e.data); s.close(); };
