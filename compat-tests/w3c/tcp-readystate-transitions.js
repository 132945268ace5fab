// readyState: CONNECTING until open, OPEN, CLOSING after close() while
// data is flushed, CLOSED when close fires.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('LAZY_SINK'));
const states = ['constructed ' + s.readyState];
s.onopen = () => {
  states.push('open ' + s.readyState);
  s.send(new Uint8Array(32 * 1024 * 1024));
  s.close();
  states.push('close() called ' + s.readyState + ' buffered ' + (s.bufferedAmount > 0));
  s.close();
  states.push('second close() ' + s.readyState);
};
s.onclose = e => { states.push('close ' + s.readyState + ' ' + e.wasClean); console.log(states.join('\n')); };
