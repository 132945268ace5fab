// Data sent before upgradeToSSL() goes out in clear first; data sent after
// it is held (counted in bufferedAmount) and goes out encrypted once the
// handshake completes.
const { port, pem, lineQueue } = require('./lib/harness.js');
const s = new TCPSocket('localhost', port('SMTP'), { binaryType: 'string' });
const next = lineQueue(s);
s.onopen = async () => {
  console.log('S:', await next());
  s.send('STARTTLS\r\n');
  console.log('S:', await next());
  const p = s.upgradeToSSL({ ca: pem('ca') });
  s.send('EHLO held\r\n');
  console.log('buffered while handshaking', s.bufferedAmount, 'ssl', s.ssl);
  await p;
  for (;;) {
    const line = await next();
    console.log('S (TLS):', line);
    if (line[3] !== '-') break;
  }
  s.close();
};
s.onclose = e => console.log('close', e.wasClean);
