// The Node façade reports the same failure with the same code: each
// failure is met once through a TCPSocket and once through net or tls, and
// the error's code, errno and syscall must agree (a name without an
// address of the family asked for is ENOTFOUND in both, as getaddrinfo
// says, not EAI_FAIL).
const net = require('net');
const tls = require('tls');
const { port, pem } = require('./lib/harness.js');

function w3c(host, p, options) {
  return new Promise(resolve => {
    const s = new TCPSocket(host, p, options);
    let err = null;
    s.onerror = e => { err = e; };
    s.onclose = e => resolve({ name: err && err.name, code: err && err.code, errno: err && err.error.errno,
      syscall: err && err.error.syscall, clean: e.wasClean });
  });
}

function node(connect) {
  return new Promise(resolve => {
    const s = connect();
    s.on('error', e => resolve({ code: e.code, errno: e.errno, syscall: e.syscall }));
  });
}

// The contract's names for the codes these failures can have (a hosts
// file that gives localhost an IPv6 address makes the family case a
// refusal, which must then agree too).
const names = {
  ECONNREFUSED: 'ConnectionRefusedError', ENOTFOUND: 'DomainNotFoundError', EAI_AGAIN: 'DomainNotFoundError',
  CERT_HAS_EXPIRED: 'SecurityCertificateError', DEPTH_ZERO_SELF_SIGNED_CERT: 'SecurityCertificateError',
};

const cases = [
  ['refused', w3c('127.0.0.1', port('REFUSED')), node(() => net.connect(port('REFUSED'), '127.0.0.1'))],
  ['no such name', w3c('no-such-host.invalid', 80), node(() => net.connect(80, 'no-such-host.invalid'))],
  ['no address of the family', w3c('localhost', port('ECHO'), { ipVersion: 6 }),
    node(() => net.connect({ host: 'localhost', port: port('ECHO'), family: 6 }))],
  ['expired certificate', w3c('localhost', port('TLS_EXPIRED'), { useSecureTransport: true, ca: pem('ca') }),
    node(() => tls.connect({ host: 'localhost', port: port('TLS_EXPIRED'), ca: pem('ca') }))],
  ['self-signed certificate', w3c('localhost', port('TLS_SELF'), { useSecureTransport: true }),
    node(() => tls.connect({ host: 'localhost', port: port('TLS_SELF') }))],
];

(async () => {
  for (const [what, a, b] of cases) {
    const [w, n] = await Promise.all([a, b]);
    console.log(what + ':', 'name fits code', names[w.code] === w.name, 'same code', w.code === n.code, 'errno', w.errno === n.errno,
      'syscall', w.syscall === n.syscall, 'clean', w.clean);
  }
})();
