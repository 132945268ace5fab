// An IMAP dialogue over implicit TLS (IMAPS): greeting, LOGIN, SELECT,
// LOGOUT, with each reply read line by line.
const { port, pem, lineQueue } = require('./lib/harness.js');
const s = new TCPSocket('localhost', port('IMAPS'), { useSecureTransport: true, ca: pem('ca'), binaryType: 'string' });
const next = lineQueue(s);
const command = async (tag, text) => {
  s.send(tag + ' ' + text + '\r\n');
  for (;;) {
    const line = await next();
    console.log('S:', line);
    if (line.startsWith(tag + ' ')) return line;
  }
};
s.onopen = async () => {
  console.log('S:', await next());
  await command('a1', 'LOGIN user secret');
  await command('a2', 'SELECT INBOX');
  await command('a3', 'LOGOUT');
};
s.onclose = e => console.log('close', e.wasClean, s.ssl);
