// The server side of STARTTLS, which no other socket API offers: an
// accepted socket answers STARTTLS and calls upgradeToSSL({isServer: true,
// cert, key}); the harness's SMTP client runs the whole dialogue.
const { pem, ctl, lines } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, { binaryType: 'string' });
srv.onconnect = ({ socket: s }) => {
  const write = text => s.send(text + '\r\n');
  write('220 script.test ESMTP');
  let inData = false;
  lines(s, async line => {
    if (inData) {
      if (line === '.') { inData = false; write('250 queued'); }
      return;
    }
    const verb = line.split(' ')[0].toUpperCase();
    console.log('C:', verb, s.ssl ? '(TLS)' : '(clear)');
    if (verb === 'EHLO') write(s.ssl ? '250 script.test' : '250-script.test\r\n250 STARTTLS');
    else if (verb === 'STARTTLS') {
      write('220 go ahead');
      await s.upgradeToSSL({ isServer: true, cert: pem('leaf'), key: pem('leaf-key') });
      console.log('-- TLS', s.ssl, s.tlsVersion);
    } else if (verb === 'DATA') { inData = true; write('354 go ahead'); }
    else if (verb === 'QUIT') { write('221 bye'); s.close(); }
    else write('250 ok');
  });
};
srv.onopen = async () => {
  console.log('harness:', await ctl('smtp-client ' + srv.localPort));
  srv.close();
};
