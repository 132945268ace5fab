// A UDPSocket is bound by its constructor and goes straight to OPEN, as the
// contract says (the proposal: "UDP will go directly to OPEN state upon
// creation"): the local end is known and send() works at once, while the
// open event still comes from a later task. A socket whose binding failed
// is CLOSED at once, its error and close following.
const { thrown } = require('./lib/harness.js');
const s = new UDPSocket('127.0.0.1', 0);
console.log('constructed', s.readyState, s.localAddress, s.localPort > 0, s.localURL === '127.0.0.1:' + s.localPort);
console.log('peer', JSON.stringify(s.address), s.port, JSON.stringify(s.url), 'ipVersion', s.ipVersion);
console.log('send before open', s.send('early', '127.0.0.1', s.localPort));
let got = 'nothing';
s.onmessage = e => { got = new TextDecoder().decode(e.data); };
s.onopen = () => {
  console.log('open', s.readyState);
  setTimeout(() => {
    console.log('received', got);
    s.close();
    console.log('closed at once', s.readyState);
    console.log(thrown(() => s.send('late', '127.0.0.1', 9)));
  }, 50);
};
s.onclose = () => console.log('close event');
const taken = new UDPSocket('127.0.0.1', s.localPort);
console.log('bind failed', taken.readyState, thrown(() => taken.send('x', '127.0.0.1', 9)));
taken.onerror = e => console.log('error', e.code, taken.readyState);
taken.onclose = e => console.log('close', e.wasClean);
