// An Error emitted as an 'error' event nobody listens to goes uncaught
// from inside emit: Node's report starts with the throw site in its events
// module (node:events:502), and the process exits with code 1. A later
// timer never runs.
'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
e.on('other', () => console.log('other listener'));
e.emit('other');
setTimeout(() => console.log('never printed'), 60000);
setImmediate(() => {
  console.log('emitting');
  e.emit('error', new TypeError('nobody listens'));
});
