// Socket is abstract; every concrete socket is a Socket and an EventTarget,
// with the readyState constants on the constructors and prototypes.
try { new Socket(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Socket(); } catch (e) { console.log(e.name); }
class Mine extends Socket {}
try { new Mine(); } catch (e) { console.log('subclass:', e.name); }
const u = new UDPSocket('127.0.0.1', 0);
console.log(u instanceof Socket, u instanceof UDPSocket, u instanceof EventTarget, u instanceof TCPSocket);
for (const C of [Socket, TCPSocket, UDPSocket, TCPServerSocket]) {
  console.log(C.name, C.CONNECTING, C.OPEN, C.CLOSING, C.CLOSED, C.prototype.OPEN);
}
console.log(Object.prototype.toString.call(u), String(u));
class Logged extends UDPSocket {
  constructor(...args) { super(...args); this.note = 'subclassed'; }
}
const l = new Logged('127.0.0.1', 0);
console.log(l.note, l instanceof Logged, l instanceof Socket, l.readyState);
u.close();
l.close();
