// The W3C façade and the Node façade share one loop: a UDPSocket talks to
// a dgram socket in the same script.
const dgram = require('dgram');
const node = dgram.createSocket('udp4');
node.on('message', (msg, rinfo) => {
  console.log('dgram got', msg.toString(), 'from a W3C socket', rinfo.port === w3c.localPort);
  node.send('pong', rinfo.port, rinfo.address);
});
const w3c = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
node.bind(0, '127.0.0.1', () => {
  w3c.send('ping', '127.0.0.1', node.address().port); // a bound UDPSocket is OPEN
});
w3c.onmessage = e => {
  console.log('UDPSocket got', e.data, 'from dgram', e.remotePort === node.address().port);
  w3c.close();
  node.close();
};
