'use strict';
// Failed assertions print to stderr and do not throw.
console.log('before');
console.assert(true, 'never printed');
console.assert(1, 'truthy');
console.assert(false, 'first failure %s', 'formatted');
console.assert(0);
console.assert('', { a: 1 });
console.assert(null, 'with', 'extra', 3);
console.log('after: no throw');
