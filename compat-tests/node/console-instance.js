'use strict';
const { Console } = console;
const chunks = [];
// Node's Console also calls listenerCount/once/removeListener on its streams.
const emitterStubs = { listenerCount() { return 0; }, once() {}, removeListener() {} };
const out = { ...emitterStubs, write(s) { chunks.push(['out', s]); return true; } };
const err = { ...emitterStubs, write(s) { chunks.push(['err', s]); return true; } };
const c = new Console(out, err);
c.log('hello %s', 'world', { a: 1 });
c.error('to err');
c.warn('warn to err');
c.info('info');
c.group('G');
c.log('indented');
c.groupEnd();
c.count();
c.table([{ a: 1 }]);
c.assert(false, 'assert msg');
c.dir({ d: 1 });
const d = new Console({ stdout: out, groupIndentation: 4 });
d.group();
d.error('err falls back to stdout');
const e = new Console({ stdout: out, inspectOptions: { depth: 0, breakLength: Infinity } });
e.log({ a: { b: 1 } }, [[1]]);
const f = new Console({ stdout: out, colorMode: true });
f.log({ n: 1 }, 'plain');
const g = Console(out);
g.log('called without new');
console.log(JSON.stringify(chunks));
console.log(c instanceof Console, console instanceof Console, typeof Console.prototype.log);
for (const bad of [undefined, {}, { write: 1 }]) {
  try {
    new Console(bad);
  } catch (e2) {
    console.log(e2.name, e2.code, e2.message);
  }
}
try {
  new Console({ stdout: out, groupIndentation: 1001 });
} catch (e3) {
  console.log(e3.name, e3.code, e3.message);
}
const log = c.log;
log('detached instance method');
console.log(JSON.stringify(chunks[chunks.length - 1]));
console.log(require('console') === console);
console.log(Console.name, Console.length, c.table.length, c.dir.length, c.assert.length, c.log.length);
console.log(console.table.length, console.dir.length, console.assert.length);
