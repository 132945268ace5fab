// An IMAP server with STARTTLS written with the W3C API; the harness's IMAP
// client logs in after upgrading. The accepted socket's upgradeToSSL()
// defaults to the server side, with the server's certificate.
const { pem, ctl, lines } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, { binaryType: 'string', cert: pem('leaf'), key: pem('leaf-key') });
srv.onconnect = ({ socket: s }) => {
  const write = (...l) => s.send(l.join('\r\n') + '\r\n');
  write('* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready');
  lines(s, async line => {
    const [tag, cmd] = line.split(' ');
    console.log('C:', tag, cmd, s.ssl ? '(TLS)' : '(clear)');
    switch (cmd.toUpperCase()) {
      case 'CAPABILITY': write('* CAPABILITY IMAP4rev1 STARTTLS', tag + ' OK done'); break;
      case 'STARTTLS':
        write(tag + ' OK Begin TLS negotiation now');
        await s.upgradeToSSL();
        console.log('-- TLS', s.ssl);
        break;
      case 'LOGIN': write(s.ssl ? tag + ' OK LOGIN completed' : tag + ' NO not over clear text'); break;
      case 'SELECT': write('* 1 EXISTS', tag + ' OK [READ-WRITE] SELECT completed'); break;
      case 'LOGOUT': write('* BYE', tag + ' OK LOGOUT completed'); s.close(); break;
      default: write(tag + ' BAD unknown');
    }
  });
};
srv.onopen = async () => {
  console.log('harness:', await ctl('imap-client ' + srv.localPort));
  srv.close();
};
