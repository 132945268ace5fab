// An IMAP client with STARTTLS: CAPABILITY, STARTTLS, upgradeToSSL(),
// LOGIN (refused in clear, accepted over TLS), SELECT INBOX, LOGOUT.
const { port, pem, lineQueue } = require('./lib/harness.js');
const s = new TCPSocket('localhost', port('IMAP'), { binaryType: 'string' });
const next = lineQueue(s);
const command = async (tag, text) => {
  console.log('C:', tag, text);
  s.send(tag + ' ' + text + '\r\n');
  for (;;) {
    const line = await next();
    console.log('S:', line);
    if (line.startsWith(tag + ' ')) return line;
  }
};
s.onopen = async () => {
  console.log('S:', await next());
  await command('a1', 'CAPABILITY');
  await command('a2', 'LOGIN user secret');
  await command('a3', 'STARTTLS');
  await s.upgradeToSSL({ ca: pem('ca'), servername: 'localhost' });
  console.log('-- TLS', s.ssl);
  await command('a4', 'CAPABILITY');
  await command('a5', 'LOGIN user wrong');
  await command('a6', 'LOGIN user secret');
  await command('a7', 'SELECT INBOX');
  await command('a8', 'LOGOUT');
};
s.onclose = e => console.log('close', e.wasClean, s.ssl);
