// An IMAP client that upgrades to TLS with STARTTLS, logs in and selects
// INBOX.
//   nodeshim examples/w3c/imap-starttls.js [host] [port] [user] [password] [ca.pem]
const fs = require('fs');
const [host = 'localhost', port = '1143', user = 'user', password = 'secret', caFile] = process.argv.slice(2);
const tlsOptions = caFile ? { ca: fs.readFileSync(caFile, 'utf8') } : {};

const sock = new TCPSocket(host, Number(port), { binaryType: 'string', connectTimeout: 10000 });
let buffer = '';
const lines = [];
let wake = null;
sock.onmessage = e => {
  buffer += e.data;
  let i;
  while ((i = buffer.indexOf('\n')) >= 0) {
    lines.push(buffer.slice(0, i).replace(/\r$/, ''));
    buffer = buffer.slice(i + 1);
  }
  if (wake && lines.length) { const w = wake; wake = null; w(); }
};
const nextLine = async () => {
  while (!lines.length) await new Promise(resolve => { wake = resolve; });
  const line = lines.shift();
  console.log('S: ' + line);
  return line;
};
let tagNumber = 0;
async function command(text) {
  const tag = 'a' + ++tagNumber;
  console.log(`C: ${tag} ${text.startsWith('LOGIN') ? 'LOGIN ***' : text}`);
  sock.send(`${tag} ${text}\r\n`);
  for (;;) {
    const line = await nextLine();
    if (line.startsWith(tag + ' ')) {
      if (!line.startsWith(tag + ' OK')) throw new Error(line);
      return;
    }
  }
}

sock.onopen = async () => {
  try {
    await nextLine();
    await command('CAPABILITY');
    await command('STARTTLS');
    await sock.upgradeToSSL(tlsOptions);
    console.log(`-- ${sock.tlsVersion}, certificate for ${sock.peerCertificate.subject.CN}`);
    await command(`LOGIN ${user} ${password}`);
    await command('SELECT INBOX');
    await command('LOGOUT');
  } catch (err) {
    console.error(err.message);
    sock.close();
  }
};
sock.onerror = e => console.error(`${e.name} (${e.code}): ${e.message}`);
sock.onclose = () => console.log('closed');
