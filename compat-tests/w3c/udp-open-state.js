// A UDPSocket is bound by its constructor (the local end is known at once)
// and becomes OPEN when open fires; send() before that throws.
const { thrown } = require('./lib/harness.js');
const s = new UDPSocket('127.0.0.1', 0);
console.log('constructed', s.readyState, s.localAddress, s.localPort > 0, s.localURL === '127.0.0.1:' + s.localPort);
console.log('peer', JSON.stringify(s.address), s.port, JSON.stringify(s.url), 'ipVersion', s.ipVersion);
console.log(thrown(() => s.send('early', '127.0.0.1', 9)));
s.onopen = () => {
  console.log('open', s.readyState);
  s.close();
  console.log('closed at once', s.readyState);
  console.log(thrown(() => s.send('late', '127.0.0.1', 9)));
};
s.onclose = () => console.log('close event');
