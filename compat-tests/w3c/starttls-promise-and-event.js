// upgradeToSSL() returns a Promise that resolves when the handshake
// completes, as secure fires; the aliases UpgradeToSSL and upgradeToSecure
// are the same method.
const { port, pem, lineQueue } = require('./lib/harness.js');
console.log('aliases', TCPSocket.prototype.UpgradeToSSL.name, TCPSocket.prototype.upgradeToSecure.length);
const s = new TCPSocket('localhost', port('SMTP'), { binaryType: 'string' });
const next = lineQueue(s);
const log = [];
s.onsecure = () => log.push('secure event, ssl ' + s.ssl);
s.onopen = async () => {
  await next();
  s.send('STARTTLS\r\n');
  await next();
  const p = s.upgradeToSecure({ ca: pem('ca') });
  log.push('returned ' + (p instanceof Promise) + ', ssl ' + s.ssl);
  const v = await p;
  log.push('resolved ' + v + ', ssl ' + s.ssl);
  s.send('QUIT\r\n');
  log.push('reply ' + await next());
};
s.onclose = () => console.log(log.join('\n'));
