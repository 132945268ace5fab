// suspend() nests on UDP too; resume() without a suspend throws.
const { thrown } = require('./lib/harness.js');
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
s.suspend();
s.suspend();
s.resume();
console.log('after one resume', s.isSuspended);
s.resume();
console.log('after two', s.isSuspended);
console.log(thrown(() => s.resume()));
s.onopen = () => s.send('flows', '127.0.0.1', s.localPort);
s.onmessage = e => { console.log('got', e.data); s.close(); };
