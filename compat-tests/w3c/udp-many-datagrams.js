// 200 datagrams from a Go sender all arrive, each with the sender's port.
const { ctl } = require('./lib/harness.js');
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string', receiveBufferSize: 1 << 20 });
const seen = new Set();
const ports = new Set();
s.onmessage = e => {
  seen.add(e.data.split(':')[0]);
  ports.add(e.remotePort);
};
s.onopen = async () => {
  console.log('harness:', await ctl('udp-send ' + s.localPort + ' 200 64'));
  setTimeout(() => { console.log('distinct', seen.size, 'senders', ports.size); s.close(); }, 100);
};
