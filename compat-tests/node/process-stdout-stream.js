// process.stdout and process.stderr are real Writable streams (over a pipe
// here, as the harness captures output: Node's net.Socket), defined as
// getters on process. Writes are synchronous, so they keep their order
// with console.log; write callbacks run on the next tick. Piped into by
// pipeline(), stdout is ended: the pipe is shut down and later output is
// lost, in node as here.
'use strict';
const { pipeline, Readable, Writable, Duplex } = require('stream');

const so = process.stdout;
const d = Object.getOwnPropertyDescriptor(process, 'stdout');
console.log('getter', typeof d.get, d.configurable, process.stdout === so);
console.log(so.constructor.name, so instanceof Writable, so instanceof Duplex, so.writable, so.readable);
console.log(so.fd, process.stderr.fd, so._isStdio, process.stderr._isStdio, so.isTTY);
console.log(so.writableHighWaterMark, so.writableLength, so.writableEnded, so.destroyed);

so.write('first\n');
console.log('second');
so.write(Buffer.from('third\n'));
so.write('666f757274680a', 'hex');
console.log('write returns', so.write(''));
so.write('with callback\n', () => console.log('write callback (next tick)'));
console.log('after the write with callback');
process.nextTick(() => console.log('a tick queued after the write'));

setImmediate(() => {
  so.on('finish', () => process.stderr.write('finish\n'));
  so.on('close', () => process.stderr.write('close\n'));
  pipeline(Readable.from(['piped 1\n', 'piped 2\n']), so, (err) => {
    console.log('not seen: stdout is shut down', err);
  });
});
