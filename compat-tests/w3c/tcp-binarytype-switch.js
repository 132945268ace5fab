// binaryType can change between messages; each message uses the value in
// force when it arrives. The default is 'arraybuffer'.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'));
console.log('default', s.binaryType, s.options.binaryType);
const order = ['string', 'blob', 'arraybuffer'];
let n = 0;
s.onopen = () => s.send('a');
s.onmessage = async e => {
  const d = e.data;
  const kind = typeof d === 'string' ? 'string ' + d : d instanceof Blob ? 'blob ' + (await d.text()) : 'arraybuffer ' + new Uint8Array(d)[0];
  console.log(kind);
  if (n === order.length) { s.close(); return; }
  s.binaryType = order[n++];
  s.send('b');
};
s.onclose = () => console.log('close');
