// Blobs are sent in call order among strings and buffers, on TCP and UDP.
const { port } = require('./lib/harness.js');
const t = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
let text = '';
t.onopen = () => {
  for (let i = 0; i < 5; i++) {
    t.send(new Blob(['[blob ' + i + ']']));
    t.send('(str ' + i + ')');
  }
  t.halfClose();
};
t.onmessage = e => { text += e.data; };
t.onclose = () => {
  console.log('tcp', text);
  const u = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
  const got = [];
  u.onopen = () => {
    u.send(new Blob(['b1']), '127.0.0.1', port('UDP_ECHO'));
    u.send('s2', '127.0.0.1', port('UDP_ECHO'));
    u.send(new Blob(['b3']), '127.0.0.1', port('UDP_ECHO'));
  };
  u.onmessage = e => { got.push(e.data); if (got.length === 3) { console.log('udp', got.join(' ')); u.close(); } };
};
