// connectTimeout bounds connecting: NetworkTimeoutError, ETIMEDOUT.
const { port } = require('./lib/harness.js');
const started = Date.now();
const s = new TCPSocket('127.0.0.1', port('BLACKHOLE'), { connectTimeout: 200 });
s.onopen = () => console.log('open: never');
s.onerror = e => console.log('error', e.name, e.code, e.error.syscall);
s.onclose = e => {
  const took = Date.now() - started;
  console.log('close', e.wasClean, 'after the timeout', took >= 150 && took < 5000);
};
