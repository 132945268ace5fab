// send() returns false once bufferedAmount reaches the high-water mark;
// the datagrams still go out, and drain follows when the queue empties.
const { port } = require('./lib/harness.js');
const s = new UDPSocket('127.0.0.1', 0, { highWaterMark: 4000 });
const p = port('UDP_ECHO');
let sent = 0;
let echoed = 0;
s.onopen = () => {
  while (s.send(new Uint8Array(500), '127.0.0.1', p)) sent++;
  sent++;
  console.log('sent before false', sent, 'buffered', s.bufferedAmount);
};
s.ondrain = () => console.log('drain', s.bufferedAmount);
s.onmessage = () => { if (++echoed === sent) { console.log('all echoed', echoed); s.close(); } };
