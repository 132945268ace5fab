// send() takes what the buffer holds at the call: changing it afterwards
// does not change what is sent.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
let text = '';
s.onopen = () => {
  const buf = new TextEncoder().encode('original');
  s.send(buf);
  buf.fill(63);
  const big = new Uint8Array(512 * 1024).fill(97);
  s.send(big);
  big.fill(98);
  s.halfClose();
};
s.onmessage = e => { text += e.data; };
s.onclose = () => console.log(text.slice(0, 8), text.length, /^originala+$/.test(text));
