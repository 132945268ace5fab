// A name that does not resolve is DomainNotFoundError, with Node's code
// for the resolver's answer (ENOTFOUND, or EAI_AGAIN when no DNS server
// can be reached, as in the test's network namespace).
const s = new TCPSocket('no-such-host.invalid', 80);
s.onerror = e => {
  console.log('error', e.name, ['ENOTFOUND', 'EAI_AGAIN'].includes(e.code), e.message === 'getaddrinfo ' + e.code + ' no-such-host.invalid');
  console.log('error object', e.error.name, e.error.hostname, e.error.syscall, e.error.code === e.code);
};
s.onclose = e => console.log('close', e.wasClean, s.readyState);
