// Argument errors throw synchronously with the WHATWG API's exception
// kinds: SyntaxError for a bad URL or subprotocols, InvalidStateError for
// send() while CONNECTING, InvalidAccessError for a close code that a
// script may not send, SyntaxError for a reason over 123 bytes.
const { port } = require('./lib/harness.js');
function attempt(label, f) {
  try {
    f();
    console.log(label, 'no exception');
  } catch (e) {
    console.log(label, e.name, e instanceof DOMException ? 'DOMException ' + e.code : e.constructor.name);
  }
}
attempt('no url', () => new WebSocket());
attempt('ftp scheme', () => new WebSocket('ftp://127.0.0.1/'));
attempt('relative', () => new WebSocket('/path'));
attempt('fragment', () => new WebSocket('ws://127.0.0.1/#x'));
attempt('bad port', () => new WebSocket('ws://127.0.0.1:99999/'));
attempt('repeated protocol', () => new WebSocket('ws://127.0.0.1:1/', ['chat', 'chat']));
attempt('protocol with space', () => new WebSocket('ws://127.0.0.1:1/', 'a b'));
attempt('empty protocol', () => new WebSocket('ws://127.0.0.1:1/', ''));
attempt('without new', () => WebSocket('ws://127.0.0.1:1/'));

const ws = new WebSocket('ws://127.0.0.1:' + port('WS'));
attempt('send while connecting', () => ws.send('x'));
attempt('send without data', () => ws.send());
attempt('close 999', () => ws.close(999));
attempt('close 1001', () => ws.close(1001));
attempt('close 2999', () => ws.close(2999));
attempt('close 5000', () => ws.close(5000));
attempt('close 0', () => ws.close(0));
attempt('close long reason', () => ws.close(1000, 'x'.repeat(124)));
attempt('close long utf8 reason', () => ws.close(1000, '\u20ac'.repeat(42)));
attempt('illegal this', () => WebSocket.prototype.close.call({}));
console.log('still', ws.readyState);
ws.onopen = () => {
  console.log('open', ws.readyState);
  attempt('close 1000.4 clamps to 1000', () => ws.close(1000.4, 'ok'));
};
ws.onclose = e => console.log('close', e.code, e.reason, e.wasClean);
