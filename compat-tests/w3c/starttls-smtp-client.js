// An SMTP client with STARTTLS: EHLO, STARTTLS, upgradeToSSL() when the
// server says go ahead, EHLO again over TLS, a message, QUIT.
const { port, pem, lineQueue } = require('./lib/harness.js');
const s = new TCPSocket('localhost', port('SMTP'), { binaryType: 'string' });
const next = lineQueue(s);
const reply = async () => {
  for (;;) {
    const line = await next();
    console.log('S:', line);
    if (line[3] !== '-') return line;
  }
};
const say = async text => { console.log('C:', text.split('\r\n')[0]); s.send(text + '\r\n'); return reply(); };
s.onopen = async () => {
  await reply();
  await say('EHLO client.test');
  await say('STARTTLS');
  const upgraded = s.upgradeToSSL({ ca: pem('ca') });
  await upgraded;
  console.log('-- TLS', s.ssl, s.tlsVersion, s.peerCertificate.subject.CN);
  await say('EHLO client.test');
  await say('MAIL FROM:<a@test>');
  await say('RCPT TO:<b@test>');
  await say('DATA');
  await say('Subject: hi\r\n\r\nhello\r\n.');
  await say('QUIT');
};
s.onsecure = () => console.log('-- secure event');
s.onclose = e => console.log('close', e.wasClean);
