const log = (s) => console.log(s);
setTimeout(() => {
  log('timer A');
  process.nextTick(() => log('tick in A'));
  Promise.resolve().then(() => log('promise in A'));
}, 1);
setTimeout(() => {
  log('timer B');
  process.nextTick(() => log('tick in B'));
}, 1);
setTimeout(() => {
  setImmediate(() => log('immediate from timer'));
  setTimeout(() => log('timeout from timer'), 0);
}, 5);
