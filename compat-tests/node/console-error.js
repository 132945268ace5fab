'use strict';
// warn and error write to stderr; only the first line of stderr is compared.
console.error('first stderr line %s', 'formatted', { a: 1 });
console.warn('warn line');
console.error(new Map([[1, 2]]));
console.log('stdout still works');
const e = new Error('logged error');
e.stack = 'Error: logged error\n    at fixed (file.js:1:1)';
console.error(e);
console.log('done');
