// IMAP with STARTTLS through the Node façade: net.connect, then
// tls.connect({socket}) after the server's STARTTLS OK. Runs unchanged under
// node.
//   nodeshim node-starttls.js HOST PORT CA.pem|- USER PASSWORD
// With "-" for the CA the certificate cannot be verified and the upgrade
// must fail.
const fs = require('fs');
const net = require('net');
const tls = require('tls');
const { Session, dialogue, report } = require('./lib/imap.js');
const [host, port, caFile, user, password] = process.argv.slice(2);
const tlsOptions = { servername: 'localhost' };
if (caFile !== '-') tlsOptions.ca = fs.readFileSync(caFile, 'utf8');

const plain = net.connect(Number(port), host);
let current = plain;
const session = new Session(text => current.write(text));
const onData = text => session.lines.push(text);
// follow makes socket the one the session reads from and writes to.
const follow = socket => {
  current = socket;
  socket.setEncoding('utf8');
  socket.on('data', onData);
  socket.on('error', err => session.lines.fail(err));
  socket.on('close', () => { if (current === socket) session.lines.end(); });
};
follow(plain);

function upgrade() {
  plain.removeListener('data', onData);
  return new Promise((resolve, reject) => {
    const secure = tls.connect(Object.assign({ socket: plain }, tlsOptions), () => {
      resolve(`${secure.encrypted} ${secure.getProtocol()} ${secure.getPeerCertificate().subject.CN}`);
    });
    secure.once('error', reject);
    follow(secure);
  });
}

plain.once('connect', () => {
  dialogue(session, { user, password, upgrade }).catch(err => { report(err); current.destroy(); });
});
