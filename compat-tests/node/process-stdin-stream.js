// process.stdin is a real Readable (the harness gives /dev/null: Node's
// fs.ReadStream, which ends at once and, not closing the descriptor,
// emits no 'close'). Reading starts only when asked for.
'use strict';
const { Readable } = require('stream');

const si = process.stdin;
console.log(si.constructor.name, si instanceof Readable, si.fd, si.readable, si.readableFlowing, si.isTTY);
si.setEncoding('utf8');
console.log('encoding', si.readableEncoding, 'paused', si.isPaused());
const events = [];
si.on('data', (d) => events.push('data ' + d.length));
// The report waits a little after 'end' (not after the start, which a
// loaded machine can make late) to show that no 'close' follows.
si.on('end', () => {
  events.push('end');
  setTimeout(report, 50);
});
si.on('close', () => events.push('close'));
console.log('flowing after on(data)', si.readableFlowing);
function report() {
  console.log(events.join(', '));
  console.log('ended', si.readableEnded, 'destroyed', si.destroyed);
}
