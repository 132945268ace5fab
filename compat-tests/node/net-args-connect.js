// Argument errors of connect and createConnection, thrown synchronously
// with Node's codes and messages.
'use strict';
const net = require('net');

function attempt(label, fn) {
  try {
    const s = fn();
    console.log(label, '-> no throw');
    if (s && s.destroy) {
      s.on('error', () => {});
      s.destroy();
    }
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

attempt('no args', () => net.connect());
attempt('empty options', () => net.connect({}));
attempt('host only', () => net.connect({ host: 'localhost' }));
attempt('port true', () => net.connect({ port: true }));
attempt('port object', () => net.connect({ port: {} }));
attempt('port -1', () => net.connect(-1));
attempt('port 65536', () => net.connect(65536));
attempt('port 1.5', () => net.connect(1.5));
attempt('port NaN', () => net.connect(NaN));
attempt('port blank string', () => net.connect({ port: ' ' }));
attempt('port string ok', () => net.connect({ port: '80', host: '127.0.0.1' }));
attempt('localAddress bad', () => net.connect({ port: 80, localAddress: 'nope' }));
attempt('localPort string', () => net.connect({ port: 80, localPort: '1' }));
attempt('lookup not a function', () => net.connect({ port: 80, host: 'example.invalid', lookup: 42 }));
attempt('path number', () => net.connect({ path: 5 }));
attempt('autoSelectFamily string', () => net.connect({ port: 80, host: 'example.invalid', autoSelectFamily: 'yes' }));
attempt('autoSelectFamilyAttemptTimeout 0', () => net.connect({ port: 80, host: 'example.invalid', autoSelectFamilyAttemptTimeout: 0 }));
attempt('objectMode', () => new net.Socket({ objectMode: true }));
attempt('setDefaultAutoSelectFamily', () => net.setDefaultAutoSelectFamily(1));
attempt('setDefaultAutoSelectFamilyAttemptTimeout', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0.5));
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log('attempt timeout floor', net.getDefaultAutoSelectFamilyAttemptTimeout());
console.log('autoSelectFamily default', net.getDefaultAutoSelectFamily());
console.log('normalizeArgs', JSON.stringify(net._normalizeArgs([80, 'h', () => {}])),
  JSON.stringify(net._normalizeArgs(['/tmp/x.sock'])), JSON.stringify(net._normalizeArgs([])));
