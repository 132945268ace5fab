// A value that is not an Error, emitted as an 'error' event nobody listens
// to: emit throws ERR_UNHANDLED_ERROR from its own line (node:events:515),
// uncaught here, so the process exits with code 1.
'use strict';
const EventEmitter = require('events');

class Job extends EventEmitter {}
const job = new Job();
process.nextTick(() => {
  console.log('failing');
  job.emit('error', { reason: 'plain object' });
});
