const log = (s) => console.log(s);
setImmediate(() => {
  log('i1');
  setImmediate(() => log('i1 child'));
  process.nextTick(() => log('tick in i1'));
  Promise.resolve().then(() => log('promise in i1'));
});
setImmediate(() => log('i2'));
const cancelled = setImmediate(() => log('never'));
clearImmediate(cancelled);
