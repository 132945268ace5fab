// noDelay, keepAlive and keepAliveDelay given at construction apply once
// connected and can be changed afterwards.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { noDelay: true, keepAlive: true, keepAliveDelay: 1500 });
s.onopen = () => {
  console.log('constructed with', s.getOption('noDelay'), s.getOption('keepAlive'), s.getOption('keepAliveDelay'));
  s.setOption('keepAliveDelay', 60000);
  s.setOption('keepAlive', false);
  s.setOption('noDelay', false);
  s.setOption('userTimeout', 2500);
  const o = s.options;
  console.log('changed to', o.noDelay, o.keepAlive, o.keepAliveDelay, o.userTimeout);
  s.close();
};
