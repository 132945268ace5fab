// halfClose sends FIN after the buffered data and keeps receiving; the
// socket stays OPEN until the peer ends too, and send() then throws.
const { port, thrown } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string', allowHalfOpen: true });
let text = '';
s.onopen = () => {
  s.send('first ');
  s.send('second');
  s.halfClose();
  console.log('after halfClose', s.readyState, s.isHalfClosed, s.bufferedAmount);
  console.log(thrown(() => s.send('too late')));
  s.halfClose(); // a second call does nothing
};
s.onmessage = e => { text += e.data; };
s.onend = () => console.log('end; echoed', JSON.stringify(text), s.readyState);
s.onclose = e => console.log('close', e.wasClean, s.readyState);
