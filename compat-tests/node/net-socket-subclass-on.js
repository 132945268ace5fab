'use strict';
// A Socket subclass's own on sees the listeners the constructor adds, and
// a plain socket starts with its one 'end' listener.
const net = require('net');

class Traced extends net.Socket {
  on(ev, fn) {
    console.log('on', String(ev));
    return super.on(ev, fn);
  }
}

const t = new Traced();
console.log('traced end listeners', t.listenerCount('end'));
const plain = new net.Socket();
console.log('plain end listeners', plain.listenerCount('end'), plain.eventNames().map(String));
t.destroy();
plain.destroy();
