// MessageEvent is constructible from scripts with the DOM's members.
const m = new MessageEvent('message', { data: { a: 1 }, origin: 'o', lastEventId: '7', cancelable: true });
console.log(m.type, JSON.stringify(m.data), m.origin, m.lastEventId, m.source, m.ports.length, Object.isFrozen(m.ports));
console.log(m.cancelable, m.bubbles, m.isTrusted, m instanceof Event, m instanceof MessageEvent);
const d = new MessageEvent('x');
console.log(d.data, JSON.stringify(d.origin), JSON.stringify(d.lastEventId));
try { new MessageEvent(); } catch (e) { console.log(e.name, e.message); }
const t = new EventTarget();
t.addEventListener('message', e => console.log('listener', e.data, e.target === t, e.currentTarget === t));
console.log('dispatch', t.dispatchEvent(new MessageEvent('message', { data: 'hi' })));
class Tagged extends MessageEvent { get tag() { return '<' + this.data + '>'; } }
console.log(new Tagged('m', { data: 'x' }).tag);
