// The global console writes through process.stdout and process.stderr, as
// Node's does: a replaced write sees its output, a corked stream holds it,
// and what write throws is swallowed.
'use strict';
const seen = [];
const capture = (name) => {
  const stream = process[name];
  const original = stream.write;
  stream.write = function (chunk, encoding, cb) {
    seen.push(name + ':' + JSON.stringify(String(chunk)));
    return true;
  };
  return () => { stream.write = original; };
};

const restoreOut = capture('stdout');
const restoreErr = capture('stderr');
console.log('hello %d', 42);
console.info({ a: 1 });
console.error('to stderr');
console.warn('warned');
console.group('group');
console.log('inside');
console.groupEnd();
restoreErr();
restoreOut();
console.log(seen.join('\n'));

process.stdout.cork();
console.log('corked line');
process.stdout.write('direct write\n');
process.stdout.uncork();

process.stdout.write = () => { throw new Error('boom'); };
console.log('this line is thrown away');
delete process.stdout.write;
console.log('after the throw, write is the prototype one again:', typeof process.stdout.write);

// A Console's stream is looked up at each write too; one that ignores
// errors needs the stream's listener methods.
const { Console } = require('console');
const { Writable } = require('stream');
const lines = [];
const sink = new Writable({ write(chunk, encoding, cb) { lines.push(String(chunk)); cb(); } });
const c = new Console(sink);
c.log('first');
sink.write = (chunk) => { lines.push('replaced:' + chunk); return true; };
c.log('second');
console.log(JSON.stringify(lines));
try {
  new Console({ write() { return true; } }).log('plain object');
} catch (e) {
  console.log('plain object sink:', e instanceof TypeError, e.message);
}
