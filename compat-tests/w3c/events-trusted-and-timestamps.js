// Socket events are trusted Events with a timeStamp; events made by
// scripts are not trusted.
const s = new UDPSocket('127.0.0.1', 0, { binaryType: 'string' });
s.onopen = e => {
  console.log('open', e.isTrusted, typeof e.timeStamp, e.timeStamp > 0, e.cancelable, e.bubbles, e.eventPhase, e.target === s);
  s.send('x', '127.0.0.1', s.localPort);
};
s.onmessage = e => {
  console.log('message', e.isTrusted, e.constructor.name, e.defaultPrevented);
  e.preventDefault();
  console.log('not cancelable', e.defaultPrevented);
  const fake = new MessageEvent('message', { data: 'fake' });
  s.onmessage = ev => console.log('dispatched by the script', ev.isTrusted, ev.data);
  s.dispatchEvent(fake);
  s.close();
};
s.onclose = e => console.log('close', e.isTrusted, e.constructor.name);
