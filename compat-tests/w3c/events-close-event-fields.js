// close is a CloseEvent: wasClean after an orderly close; not clean, with
// the failure as its reason, after an error.
const { port } = require('./lib/harness.js');
const clean = new TCPSocket('127.0.0.1', port('ECHO'));
clean.onopen = () => clean.close();
clean.onclose = e => {
  console.log('orderly', e instanceof CloseEvent, e.wasClean, e.code, JSON.stringify(e.reason));
  const bad = new TCPSocket('127.0.0.1', port('REFUSED'));
  bad.onerror = () => {};
  bad.onclose = e => console.log('failed', e.wasClean, e.code, /^connect ECONNREFUSED/.test(e.reason));
};
