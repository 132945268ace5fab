// An SMTP client that upgrades to TLS with STARTTLS and sends one message.
//   nodeshim examples/w3c/smtp-starttls.js [host] [port] [ca.pem]
const fs = require('fs');
const [host = 'localhost', port = '2525', caFile] = process.argv.slice(2);
const tlsOptions = caFile ? { ca: fs.readFileSync(caFile, 'utf8') } : {};

const sock = new TCPSocket(host, Number(port), { binaryType: 'string', connectTimeout: 10000 });
let buffer = '';
let waiting = null;
// reply resolves with the next complete SMTP reply (its last line).
const reply = () => new Promise(resolve => { waiting = resolve; pump(); });
function pump() {
  let i;
  while (waiting && (i = buffer.indexOf('\n')) >= 0) {
    const line = buffer.slice(0, i).replace(/\r$/, '');
    buffer = buffer.slice(i + 1);
    console.log('S: ' + line);
    if (line[3] !== '-') { const w = waiting; waiting = null; w(line); }
  }
}
sock.onmessage = e => { buffer += e.data; pump(); };
async function command(text, expect) {
  console.log('C: ' + text.split('\r\n')[0]);
  sock.send(text + '\r\n');
  const line = await reply();
  if (!line.startsWith(expect)) throw new Error(`expected ${expect}, got: ${line}`);
}

sock.onopen = async () => {
  try {
    await reply();
    await command('EHLO nodeshim.example', '250');
    await command('STARTTLS', '220');
    await sock.upgradeToSSL(tlsOptions);
    console.log(`-- ${sock.tlsVersion} with ${sock.peerCertificate.subject.CN}`);
    await command('EHLO nodeshim.example', '250');
    await command('MAIL FROM:<me@nodeshim.example>', '250');
    await command('RCPT TO:<you@nodeshim.example>', '250');
    await command('DATA', '354');
    await command('Subject: hello\r\n\r\nSent over STARTTLS by nodeshim.\r\n.', '250');
    await command('QUIT', '221');
  } catch (err) {
    console.error(err.message);
    sock.close();
  }
};
sock.onerror = e => console.error(`${e.name} (${e.code}): ${e.message}`);
sock.onclose = e => console.log(`closed${e.wasClean ? '' : ' after an error'}`);
