// Writable.prototype.write as a function: its name and length, that a
// socket and a user Writable share it, and what it throws for a bad chunk.
const { Writable } = require('stream');
const net = require('net');
const write = Writable.prototype.write;
console.log(JSON.stringify(write.name), write.length, typeof write);
console.log(new net.Socket().write === write, new Writable().write === write);
const w = new Writable({ write(chunk, enc, cb) { console.log('got', String(chunk)); cb(); } });
console.log(w.write('abc'), w.write(Buffer.from('def'), () => console.log('callback')));
try {
  w.write(42);
} catch (e) {
  console.log(e.name, e.code);
}
