// Binary messages: ArrayBuffer, views and Blobs are sent in call order,
// and arrive as Blobs by default or ArrayBuffers with binaryType
// 'arraybuffer'; 'string' is not a WebSocket binaryType and is ignored.
const { port } = require('./lib/harness.js');
const ws = new WebSocket('ws://127.0.0.1:' + port('WS') + '/bin');
const got = [];
ws.onopen = () => {
  ws.send(new Uint8Array([1, 2, 3]).buffer);
  ws.send(new Uint16Array([0x0201, 0x0403]));
  ws.send(new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2));
  ws.send(new Blob(['blob ', new Uint8Array([65, 66])]));
  ws.send('text between');
  ws.send(new Uint8Array(70000).fill(7));
  ws.binaryType = 'string';
  console.log('binaryType after string', ws.binaryType);
};
let firstBlob;
ws.onmessage = e => {
  const i = got.length;
  got.push(e.data);
  if (i === 0) {
    console.log('first is a Blob', e.data instanceof Blob, e.data.size);
    firstBlob = e.data;
    ws.binaryType = 'arraybuffer';
    console.log('binaryType now', ws.binaryType);
    return;
  }
  if (typeof e.data === 'string') {
    console.log('message', i, 'text', e.data);
  } else {
    const b = new Uint8Array(e.data);
    console.log('message', i, e.data instanceof ArrayBuffer, b.length, b.length < 10 ? JSON.stringify([...b]) : b.every(x => x === 7));
  }
  if (i === 5) ws.close(1000, 'done');
};
ws.onclose = async e => {
  console.log('close', e.code, e.reason, e.wasClean, got.length);
  console.log('first blob bytes', JSON.stringify([...new Uint8Array(await firstBlob.arrayBuffer())]));
};
