'use strict';
// send's argument errors, thrown synchronously with Node's codes.
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
function attempt(name, fn) {
  try {
    fn();
    console.log(name, 'no throw');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
attempt('port 0', () => s.send('x', 0, '127.0.0.1'));
attempt('port 70000', () => s.send('x', 70000, '127.0.0.1'));
attempt('port string', () => s.send('x', 'abc', '127.0.0.1'));
attempt('port float', () => s.send('x', 1.5, '127.0.0.1'));
attempt('port negative', () => s.send('x', -1, '127.0.0.1'));
attempt('port missing', () => s.send('x'));
attempt('port object', () => s.send('x', {}, '127.0.0.1'));
attempt('port blank string', () => s.send('x', ' ', '127.0.0.1'));
attempt('number message', () => s.send(5, 41234, '127.0.0.1'));
attempt('object message', () => s.send({}, 41234, '127.0.0.1'));
attempt('ArrayBuffer message', () => s.send(new ArrayBuffer(2), 41234, '127.0.0.1'));
attempt('bad list', () => s.send(['a', 5], 41234, '127.0.0.1'));
attempt('address number', () => s.send('x', 41234, 5));
attempt('address object', () => s.send('x', 41234, {}));
attempt('offset out of bounds', () => s.send(Buffer.from('abc'), 5, 1, 41234, '127.0.0.1'));
attempt('length out of bounds', () => s.send(Buffer.from('abc'), 1, 5, 41234, '127.0.0.1'));
attempt('offset with bad buffer', () => s.send(5, 0, 1, 41234, '127.0.0.1'));
s.close(() => {
  attempt('after close', () => s.send('x', 41234, '127.0.0.1'));
});
