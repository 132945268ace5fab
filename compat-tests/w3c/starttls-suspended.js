// An upgrade while suspended: the handshake still runs, and the secure
// data waits until resume().
const { port, pem, lineQueue } = require('./lib/harness.js');
const s = new TCPSocket('localhost', port('SMTP'), { binaryType: 'string' });
const next = lineQueue(s);
s.onopen = async () => {
  await next();
  s.send('STARTTLS\r\n');
  await next();
  s.suspend();
  const upgraded = s.upgradeToSSL({ ca: pem('ca') });
  s.send('EHLO suspended\r\n');
  await upgraded;
  console.log('secure while suspended', s.ssl, s.isSuspended);
  let replied = false;
  next().then(line => { replied = true; console.log('reply after resume:', line); });
  setTimeout(() => {
    console.log('reply before resume?', replied);
    s.resume();
    setTimeout(() => s.close(), 50);
  }, 100);
};
