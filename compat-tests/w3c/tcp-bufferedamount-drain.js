// send() returns false once bufferedAmount reaches the high-water mark, data
// is never dropped because of it, and drain fires when bufferedAmount falls
// back to 0.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('LAZY_SINK'), { binaryType: 'string', allowHalfOpen: true, highWaterMark: 256 * 1024 });
const chunk = new Uint8Array(64 * 1024).fill(1);
let sent = 0;
let falses = 0;
let drains = 0;
// Up to 64 MiB: more than the kernel's socket buffers can absorb, however
// far loopback autotuning has grown them, so send() must report the mark.
const fill = () => {
  for (let i = 0; i < 1024; i++) {
    const ok = s.send(chunk);
    sent += chunk.length;
    if (!ok) { falses++; return; }
  }
};
s.onopen = () => {
  fill();
  console.log('first false', falses === 1, 'buffered at or over the mark', s.bufferedAmount >= 256 * 1024);
};
s.ondrain = () => {
  drains++;
  if (s.bufferedAmount !== 0) console.log('FAIL: drain with data buffered');
  s.halfClose();
};
s.onmessage = e => {
  const count = Number(e.data.split(' ')[0]);
  console.log('drains', drains, 'sink got everything', count === sent, 'falses match drains', falses === drains);
};
s.onclose = e => console.log('close', e.wasClean);
