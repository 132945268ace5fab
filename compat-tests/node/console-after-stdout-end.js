// After process.stdout has ended, console.log's write fails; the global
// console swallows that (the error event meets its noop listener) and the
// process goes on.
'use strict';
process.stdout.end();
console.log('lost: stdout has ended');
setTimeout(() => {
  console.error('still alive, stdout writable:', process.stdout.writable);
}, 10);
