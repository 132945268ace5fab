// A failed upgrade rejects the Promise, then fires error and close.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('GARBAGE'), { binaryType: 'string' });
const log = [];
s.onmessage = e => {
  if (e.data.startsWith('220 ready')) s.send('STARTTLS\r\n');
  else if (e.data.startsWith('220 go ahead')) {
    s.upgradeToSSL().then(() => log.push('resolved?'), err => log.push('rejected ' + err.name + ' ' + err.code));
  }
};
s.onsecure = () => log.push('secure?');
s.onerror = e => log.push('error ' + e.name + ' ' + e.code);
s.onclose = e => { log.push('close ' + e.wasClean + ' ' + s.readyState); console.log(log.join('\n')); };
