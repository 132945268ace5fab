// A first look at nodeshim: Node's event-loop order, timers and process.
// Run it with:  go run ./cmd/nodeshim examples/hello.js
const path = require('node:path');

console.log(`hello from ${path.basename(__filename)} on ${process.platform}`);

setTimeout(() => console.log('4. a timer, after the loop turned'), 10);
setImmediate(() => console.log('3. an immediate'));
Promise.resolve().then(() => console.log('2. a promise job'));
process.nextTick(() => console.log('1. a nextTick, before any promise'));

process.on('exit', (code) => console.log(`exit with code ${code}`));
