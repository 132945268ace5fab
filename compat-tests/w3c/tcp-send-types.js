// send() takes strings (UTF-8), ArrayBuffers, every ArrayBufferView and
// Blobs, and sends them in call order.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
let text = '';
s.onopen = () => {
  s.send('str\u00e9 ');
  s.send(new TextEncoder().encode('u8 ').buffer);
  s.send(new Uint8Array([118, 105, 101, 119, 32]));
  s.send(new Uint16Array([0x6261, 0x2063]));
  s.send(new DataView(new TextEncoder().encode('xxdv ').buffer, 2));
  s.send(new Blob(['blob ', new Uint8Array([98, 33])]));
  s.send(42);
  s.send(new Uint8Array(0));
  s.halfClose();
};
s.onmessage = e => { text += e.data; };
s.onclose = () => console.log(JSON.stringify(text));
