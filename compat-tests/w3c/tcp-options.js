// options is a frozen snapshot of the option values; setOption applies at
// once and returns true; getOption reads one.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { noDelay: true, keepAlive: true, keepAliveDelay: 5000, connectTimeout: 2000, ipVersion: 4, highWaterMark: 1000 });
const before = s.options;
console.log(Object.isFrozen(before), before === s.options);
console.log(JSON.stringify(before));
s.onopen = () => {
  console.log('noDelay', s.setOption('noDelay', false), s.getOption('noDelay'));
  console.log('keepAlive', s.setOption('keepAlive', false), s.getOption('keepAlive'));
  console.log('keepAliveDelay', s.setOption('keepAliveDelay', 3000), s.getOption('keepAliveDelay'));
  console.log('userTimeout', s.setOption('userTimeout', 10000), s.getOption('userTimeout'));
  console.log('receiveBufferSize', s.setOption('receiveBufferSize', 65536), s.getOption('receiveBufferSize'));
  console.log('sendBufferSize', s.setOption('sendBufferSize', 65536), s.getOption('sendBufferSize'));
  console.log('highWaterMark', s.setOption('highWaterMark', 5), s.getOption('highWaterMark'));
  console.log('allowHalfOpen', s.setOption('allowHalfOpen', true), s.getOption('allowHalfOpen'));
  console.log('snapshot unchanged', before.noDelay, before.highWaterMark, 'new snapshot', s.options.noDelay, s.options.highWaterMark);
  s.close();
};
s.onclose = () => console.log('close');
