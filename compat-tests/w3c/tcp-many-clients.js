// 50 sockets to one echo peer at once, each getting its own echo back.
const { port } = require('./lib/harness.js');
const N = 50;
let done = 0;
let ok = 0;
for (let i = 0; i < N; i++) {
  const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
  let text = '';
  s.onopen = () => { s.send('client ' + i); s.halfClose(); };
  s.onmessage = e => { text += e.data; };
  s.onclose = () => {
    if (text === 'client ' + i) ok++;
    if (++done === N) console.log('closed', done, 'echoed correctly', ok);
  };
}
