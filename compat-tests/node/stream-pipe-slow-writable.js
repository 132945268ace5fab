// pipe() from a fast readable into a slow writable: the source pauses when
// write() returns false, resumes on 'drain', everything arrives in order,
// and the destination ends after the source.
const { Readable, Writable } = require('stream');

let produced = 0;
const src = new Readable({
  highWaterMark: 8,
  read() {
    produced++;
    this.push(produced <= 20 ? 'x'.repeat(produced % 5 + 1) + '|' : null);
  },
});
let received = '';
let writes = 0;
const dst = new Writable({
  highWaterMark: 6,
  write(chunk, enc, cb) {
    writes++;
    received += chunk;
    setTimeout(cb, 1);
  },
});
let pauses = 0;
let resumes = 0;
src.on('pause', () => pauses++);
src.on('resume', () => resumes++);
dst.on('pipe', (s) => console.log('pipe event, source is src:', s === src));
dst.on('unpipe', (s) => console.log('unpipe event, source is src:', s === src));
src.on('end', () => console.log('src end', src.readableEnded, dst.writableEnded));
dst.on('finish', () => {
  console.log('dst finish', writes, received.length, received.split('|').length - 1);
  console.log('paused', pauses > 3, 'resumed', resumes > 3);
});
src.on('close', () => console.log('src close'));
dst.on('close', () => console.log('dst close'));
console.log('pipe returns dst:', src.pipe(dst) === dst, 'flowing', src.readableFlowing);
