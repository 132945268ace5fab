// ErrorEvent, CloseEvent and ConnectEvent from scripts.
const cause = new Error('boom');
const er = new ErrorEvent('error', { message: 'm', error: cause, filename: 'f.js', lineno: 3, colno: 4 });
console.log(er.type, er.message, er.error === cause, er.filename, er.lineno, er.colno, er.name, er.code);
const coded = new ErrorEvent('error', { name: 'ConnectionRefusedError', code: 'ECONNREFUSED' });
console.log(coded.name, coded.code, JSON.stringify(coded.message), coded.error);
const c = new CloseEvent('close', { wasClean: true, code: 1000, reason: 'done' });
console.log(c.wasClean, c.code, c.reason);
const c0 = new CloseEvent('close');
console.log(c0.wasClean, c0.code, JSON.stringify(c0.reason));
const sock = new EventTarget();
const ce = new ConnectEvent('connect', { socket: sock });
console.log(ce.socket === sock, new ConnectEvent('connect').socket);
for (const C of [ErrorEvent, CloseEvent, ConnectEvent]) {
  try { new C(); } catch (e) { console.log(C.name, e.name); }
}
