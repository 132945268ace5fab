// A socket suspended while connecting opens, but delivers nothing until it
// is resumed.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('CLOSER'), { binaryType: 'string' });
s.suspend();
const log = [];
s.onopen = () => {
  log.push('open, suspended ' + s.isSuspended);
  setTimeout(() => { log.push('resume'); s.resume(); }, 100);
};
s.onmessage = e => log.push('message ' + JSON.stringify(e.data));
s.onend = () => log.push('end');
s.onclose = () => console.log(log.join('\n'));
