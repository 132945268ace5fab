const log = (s) => console.log(s);
log('sync start');
// From the main module, whether a 0 ms timer or an immediate runs first
// depends on how long the loop took to start (Node's docs call the order
// non-deterministic), so the immediate is queued from the timer.
setTimeout(() => {
  log('timeout');
  setImmediate(() => log('immediate'));
}, 0);
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('promise 1'));
process.nextTick(() => log('tick 2'));
Promise.resolve().then(() => log('promise 2'));
queueMicrotask(() => log('microtask'));
log('sync end');
