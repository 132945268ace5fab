// The DOM keys a listener on its callback and its capture flag: the same
// function added with and without capture runs twice, and
// removeEventListener removes only the one whose capture matches. Socket
// events follow the same rules.
const u = new UDPSocket('127.0.0.1', 0);
const f = e => console.log('f', e.type, e.eventPhase, e.currentTarget === u);
u.addEventListener('ping', f, { capture: true });
u.addEventListener('ping', f);
u.addEventListener('ping', f, true); // a duplicate of the first: ignored
u.dispatchEvent(new Event('ping'));
u.removeEventListener('ping', f);
console.log('removed the non-capture one');
u.dispatchEvent(new Event('ping'));
u.removeEventListener('ping', f, { capture: true });
console.log('removed the capture one');
u.dispatchEvent(new Event('ping'));
u.addEventListener('open', f, true);
u.onclose = () => console.log('close');
u.addEventListener('open', () => u.close());
