'use strict';
// A listener that throws does not stop the others: Node rethrows the error
// from process.nextTick, so it reaches 'uncaughtException' after the
// current code and the ticks queued before it. Rejections of returned
// promises and errors of EventListener objects arrive a little later. (One
// error per macrotask here: how Node resumes the tick queue after an
// uncaught exception is the runtime's business, not EventTarget's.)
const log = [];
process.on('uncaughtException', (err) => log.push('uncaught ' + (err instanceof Error ? err.message : String(err))));
process.on('exit', () => console.log(JSON.stringify(log, null, 1)));

const t = new EventTarget();
t.addEventListener('x', () => { log.push('first'); throw new Error('e1'); });
t.addEventListener('x', () => log.push('second'));
t.addEventListener('x', () => log.push('third'));
process.nextTick(() => log.push('tick queued before'));
log.push('dispatch returned ' + t.dispatchEvent(new Event('x')));

const steps = [
  () => {
    const t2 = new EventTarget();
    t2.addEventListener('y', () => { throw 42; });
    t2.addEventListener('y', () => log.push('after the throw'));
    t2.dispatchEvent(new Event('y'));
  },
  () => {
    const t2 = new EventTarget();
    t2.addEventListener('y', () => ({ then(resolve, reject) { log.push('then called'); reject(new Error('thenable')); } }));
    t2.addEventListener('y', () => log.push('after thenable'));
    t2.dispatchEvent(new Event('y'));
  },
  () => {
    const t3 = new EventTarget();
    t3.addEventListener('z', async () => { throw new Error('async'); });
    t3.addEventListener('z', () => log.push('after async'));
    t3.dispatchEvent(new Event('z'));
  },
  () => {
    const t4 = new EventTarget();
    t4.addEventListener('w', { handleEvent() { log.push('handleEvent runs'); throw new Error('from handleEvent'); } });
    t4.addEventListener('w', () => log.push('next listener'));
    t4.dispatchEvent(new Event('w'));
  },
  () => {
    const ac = new AbortController();
    ac.signal.addEventListener('abort', () => { throw new Error('in abort'); });
    ac.signal.addEventListener('abort', () => log.push('second abort listener'));
    ac.abort();
    log.push('aborted ' + ac.signal.aborted);
  },
];
steps.forEach((step, i) => setTimeout(() => {
  log.push('--- step ' + i);
  step();
  log.push('step end');
}, 5 * (i + 1)));
