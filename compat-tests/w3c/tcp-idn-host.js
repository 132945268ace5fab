// An internationalized host name is a well-formed address, not a
// SyntaxError: it is looked up (and sent as SNI) in its ASCII form, while
// url keeps the form the script gave. UDPSocket destinations too.
const { thrown } = require('./lib/harness.js');
const s = new TCPSocket('bücher.invalid', 80);
console.log('url', s.url);
s.onerror = e => console.log('error', e.name, ['ENOTFOUND', 'EAI_AGAIN'].includes(e.code), e.error.hostname);
s.onclose = () => {
  console.log(thrown(() => new TCPSocket('bü cher.invalid', 80)));
  const t = new TCPSocket('Bücher.Example', 443, { useSecureTransport: true });
  console.log('servername option', t.options.servername, 'url', t.url);
  t.onerror = () => console.log('error: never (closed while connecting)');
  t.close();
  const u = new UDPSocket('127.0.0.1', 0);
  u.onerror = e => { console.log('udp error', e.name); u.close(); };
  u.send('x', 'MÜNCHEN.invalid', 9);
};
