// drain fires only after a send() returned false.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
s.ondrain = () => console.log('drain: never');
s.onopen = () => console.log('send', s.send('small'));
s.onmessage = e => { console.log('echo', e.data); setTimeout(() => s.close(), 20); };
s.onclose = () => console.log('close');
