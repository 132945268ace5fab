// A bound UDP socket keeps the process alive until it closes.
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
s.onopen = () => {
  const t = new UDPSocket('127.0.0.1', 0);
  t.onopen = () => { t.send('wake up', '127.0.0.1', s.localPort); t.close(); };
};
s.onmessage = e => { console.log('got', e.data); s.close(); };
process.on('exit', () => console.log('exit'));
