// A socket-like Duplex (asynchronous writes, data arriving on later
// turns): the order of 'data', 'end', 'prefinish', 'finish', 'close' and
// 'error' when the peer ends first, when we end first, and when the
// stream is destroyed with writes still pending.
const { Duplex, finished } = require('stream');

function socket(name, opts) {
  const s = new Duplex(Object.assign({
    read() {},
    write(chunk, enc, cb) {
      console.log(name, 'wire <-', String(chunk));
      setImmediate(cb);
    },
    final(cb) {
      console.log(name, 'FIN sent');
      setImmediate(cb);
    },
  }, opts));
  s.on('data', (d) => console.log(name, 'data', String(d)));
  for (const ev of ['end', 'prefinish', 'finish', 'close']) {
    s.on(ev, () => console.log(name, ev, 'readable', s.readable, 'writable', s.writable, 'destroyed', s.destroyed));
  }
  s.on('error', (e) => console.log(name, 'error', e.message));
  finished(s, (err) => console.log(name, 'finished', err ? err.code || err.message : 'ok'));
  return s;
}

function scenario(n) {
  if (n === 1) {
    const a = socket('peer-ends', { allowHalfOpen: false });
    a.write('hello');
    setImmediate(() => { a.push('reply'); a.push(null); });
    a.on('close', () => scenario(2));
  } else if (n === 2) {
    const b = socket('we-end');
    b.end('bye');
    setImmediate(() => setImmediate(() => { b.push('last words'); b.push(null); }));
    b.on('close', () => scenario(3));
  } else if (n === 3) {
    const c = socket('reset');
    c.write('one', (err) => console.log('reset write one cb', err && err.message));
    c.write('two', (err) => console.log('reset write two cb', err && err.message));
    c.push('partial');
    setImmediate(() => c.destroy(new Error('ECONNRESET')));
    c.on('close', () => scenario(4));
  } else if (n === 4) {
    const d = socket('abort');
    d.resume();
    d.write('x');
    d.destroy();
  }
}
scenario(1);
