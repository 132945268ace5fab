// setPeer connects: send(data) needs no address (and takes none), address,
// port and url name the peer, and only the peer's datagrams arrive.
const { port, ctl, thrown } = require('./lib/harness.js');
const p = port('UDP_ECHO');
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
s.setPeer('127.0.0.1', p);
console.log('peer', s.address, s.port === p, s.url === '127.0.0.1:' + p);
const got = [];
s.onopen = async () => {
  console.log(thrown(() => s.send('x', '127.0.0.1', p)));
  await ctl('udp-send-from 127.0.0.1 ' + s.localPort + ' from a stranger');
  s.send('from the peer');
};
s.onmessage = e => {
  got.push(e.data);
  console.log('got', got.join(', '), 'from the peer', e.remotePort === p);
  s.close();
};
