const log = (s) => console.log(s);
process.nextTick(() => {
  log('t1');
  process.nextTick(() => log('t1.1'));
  Promise.resolve().then(() => {
    log('p in t1');
    process.nextTick(() => log('t from p'));
    Promise.resolve().then(() => log('p in p'));
  });
});
process.nextTick(() => log('t2'));
Promise.resolve().then(() => log('p1'));
