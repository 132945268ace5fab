// Paused mode: buffered pushes are read with read(), pause() and resume()
// switch modes and emit 'pause'/'resume', isPaused and readableFlowing
// follow.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('abc');
r.push('def');
console.log('length', r.readableLength, 'flowing', r.readableFlowing, 'paused', r.isPaused());
console.log('read(2)', String(r.read(2)), r.readableLength);
console.log('read()', String(r.read()), r.readableLength);
console.log('read() empty', r.read());
r.on('pause', () => console.log('event pause'));
r.on('resume', () => console.log('event resume'));
r.pause();
console.log('after pause', r.readableFlowing, r.isPaused());
r.on('data', (d) => console.log('data', String(d)));
console.log('data listener while paused', r.readableFlowing);
r.push('ghi');
setImmediate(() => {
  console.log('still paused', r.readableLength);
  r.resume();
  console.log('after resume', r.readableFlowing, r.isPaused());
  setImmediate(() => {
    r.pause();
    r.push('jkl');
    console.log('pushed while paused', r.readableLength);
    r.resume();
    r.push(null);
    r.on('end', () => console.log('end', r.readableLength));
    r.on('close', () => console.log('close'));
  });
});
