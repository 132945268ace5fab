// After the peer's end, without allowHalfOpen the socket finishes sending
// and closes by itself (CLOSING right after end); with it the socket stays
// OPEN and the script decides: here it sends a last line and closes.
const { port } = require('./lib/harness.js');
const run = allowHalfOpen => new Promise(resolve => {
  const s = new TCPSocket('127.0.0.1', port('CLOSER'), { binaryType: 'string', allowHalfOpen });
  const log = [];
  s.onend = () => {
    log.push('end ' + s.readyState);
    queueMicrotask(() => {
      log.push('after end ' + s.readyState);
      if (s.readyState === s.OPEN) {
        log.push('send ' + s.send('thanks\n'));
        s.close();
        log.push('closing ' + s.readyState);
      }
    });
  };
  s.onclose = e => { log.push('close ' + e.wasClean); resolve(log); };
});
run(false).then(log => console.log('allowHalfOpen false:', log.join(', ')))
  .then(() => run(true)).then(log => console.log('allowHalfOpen true:', log.join(', ')));
