// A refused connection is an error event (ConnectionRefusedError,
// ECONNREFUSED) then a close event that is not clean.
const { port } = require('./lib/harness.js');
const p = port('REFUSED');
const s = new TCPSocket('127.0.0.1', p);
s.onopen = () => console.log('open: never');
s.onerror = e => {
  console.log('error event', e instanceof ErrorEvent, e.name, e.code, e.message === 'connect ECONNREFUSED 127.0.0.1:' + p);
  const err = e.error;
  console.log('error object', err instanceof Error, err.name, err.code, err.errno, err.syscall, err.address, err.port === p);
  console.log('readyState', s.readyState);
};
s.onclose = e => console.log('close', e.wasClean, e instanceof CloseEvent, s.readyState);
