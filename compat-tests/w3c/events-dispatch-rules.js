// The DOM's dispatch rules on a socket: listener order, handler attributes
// keeping their place, once, handleEvent objects, signal, and
// stopImmediatePropagation.
const s = new UDPSocket('127.0.0.1', 0);
const order = [];
s.addEventListener('open', () => order.push('first listener'));
s.onopen = () => order.push('handler (set second)');
s.addEventListener('open', { handleEvent(e) { order.push('handleEvent ' + e.type + ' ' + (this !== s)); } });
s.addEventListener('open', () => order.push('once'), { once: true });
const ac = new AbortController();
s.addEventListener('open', () => order.push('aborted: never'), { signal: ac.signal });
ac.abort();
s.onopen = () => order.push('handler (replaced, same place)');
s.addEventListener('open', e => { order.push('stops'); e.stopImmediatePropagation(); });
s.addEventListener('open', () => order.push('after stop: never'));
s.addEventListener('open', () => order.push('never'));
setTimeout(() => {
  console.log(order.join('\n'));
  s.close();
}, 50);
s.addEventListener('close', () => console.log('closed'));
