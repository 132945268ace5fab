// IMAP with STARTTLS through the W3C façade: TCPSocket, then upgradeToSSL()
// after the server's STARTTLS OK.
//   nodeshim w3c-starttls.js HOST PORT CA.pem|- USER PASSWORD
// With "-" for the CA the certificate cannot be verified and the upgrade
// must fail.
const fs = require('fs');
const { Session, dialogue, report } = require('./lib/imap.js');
const [host, port, caFile, user, password] = process.argv.slice(2);
const tlsOptions = { servername: 'localhost' };
if (caFile !== '-') tlsOptions.ca = fs.readFileSync(caFile, 'utf8');

const sock = new TCPSocket(host, Number(port), { binaryType: 'string' });
const session = new Session(text => sock.send(text));
sock.onmessage = e => session.lines.push(e.data);
sock.onerror = e => session.lines.fail(e);
sock.onclose = () => session.lines.end();
sock.onopen = () => dialogue(session, {
  user,
  password,
  upgrade: async () => {
    await sock.upgradeToSSL(tlsOptions);
    return `${sock.ssl} ${sock.tlsVersion} ${sock.peerCertificate.subject.CN}`;
  },
}).catch(err => { report(err); sock.close(); });
