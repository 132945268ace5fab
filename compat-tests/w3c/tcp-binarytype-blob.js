// binaryType 'blob' delivers Blobs.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'blob' });
s.onopen = () => { s.send('blob data'); s.halfClose(); };
s.onmessage = async e => {
  console.log(e.data instanceof Blob, e.data.type === '', e.data.size);
  console.log(await e.data.text(), new Uint8Array(await e.data.arrayBuffer())[0]);
};
s.onclose = () => console.log('close');
