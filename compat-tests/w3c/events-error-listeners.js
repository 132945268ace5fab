// An error is delivered to onerror and to every error listener, in order,
// and is followed by close.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('REFUSED'));
const log = [];
s.addEventListener('error', e => log.push('listener 1 ' + e.code));
s.onerror = e => log.push('onerror ' + e.name);
s.addEventListener('error', e => log.push('listener 2 ' + (e.error instanceof Error)));
s.addEventListener('close', () => log.push('close listener'));
s.onclose = () => { log.push('onclose'); queueMicrotask(() => console.log(log.join('\n'))); };
