'use strict';
// Timings vary, so only the shape of the output is printed.
const lines = [];
const orig = process.stdout.write.bind(process.stdout);
const { Console } = console;
const c = new Console({ write(s) { lines.push(s); return true; }, listenerCount() { return 0; }, once() {}, removeListener() {} });
c.time();
c.timeLog();
c.timeLog('default', 'extra', { data: 1 });
c.timeEnd();
c.time('label');
c.timeEnd('label');
for (const l of lines) console.log(l.replace(/\d+(\.\d+)?(ms|s)/, 'N$2').trimEnd());
orig('done\n');
