// IMAP over implicit TLS (the imaps port) through the W3C façade:
// TCPSocket with useSecureTransport.
//   nodeshim w3c-implicit-tls.js HOST PORT CA.pem USER PASSWORD
const fs = require('fs');
const { Session, dialogue, report } = require('./lib/imap.js');
const [host, port, caFile, user, password] = process.argv.slice(2);

const sock = new TCPSocket(host, Number(port), {
  binaryType: 'string',
  useSecureTransport: true,
  ca: fs.readFileSync(caFile, 'utf8'),
  servername: 'localhost',
});
const session = new Session(text => sock.send(text));
sock.onmessage = e => session.lines.push(e.data);
sock.onerror = e => session.lines.fail(e);
sock.onclose = () => session.lines.end();
sock.onopen = () => {
  console.log(`secure: ${sock.ssl} ${sock.tlsVersion} ${sock.peerCertificate.subject.CN}`);
  dialogue(session, { user, password }).catch(err => { report(err); sock.close(); });
};
