// Without an address the socket binds every interface; datagrams show the
// address they were sent to.
const { ctl } = require('./lib/harness.js');
const s = new UDPSocket();
console.log('bound', s.localAddress, s.localPort > 0, s.ipVersion);
s.binaryType = 'string';
s.onopen = () => ctl('udp-send-from 127.0.0.3 ' + s.localPort + ' hello');
s.onmessage = e => { console.log('got', e.data, 'from', e.remoteAddress, 'to', e.localAddress); s.close(); };
