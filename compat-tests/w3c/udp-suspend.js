// While suspended no message event fires; the datagrams wait in the kernel
// and arrive, in order, after resume().
const { ctl } = require('./lib/harness.js');
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
const got = [];
let suspended = false;
s.onmessage = e => {
  if (suspended) console.log('FAIL: message while suspended');
  got.push(e.data.split(':')[0]);
  if (got.length === 5) { console.log('order', got.join(',')); s.close(); }
};
s.onopen = async () => {
  s.suspend();
  suspended = true;
  console.log('harness:', await ctl('udp-send ' + s.localPort + ' 5 20'));
  setTimeout(() => { suspended = false; s.resume(); console.log('resumed'); }, 50);
};
