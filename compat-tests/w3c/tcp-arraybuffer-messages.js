// Each message's ArrayBuffer belongs to the script: keeping and changing
// one does not affect the next.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('TICKER'));
const kept = [];
s.onmessage = e => {
  kept.push(e.data);
  new Uint8Array(e.data).fill(0);
};
s.onclose = () => {
  const total = kept.reduce((n, b) => n + b.byteLength, 0);
  const distinct = new Set(kept).size === kept.length;
  console.log('buffers', kept.every(b => b instanceof ArrayBuffer), 'distinct', distinct, 'bytes', total);
};
