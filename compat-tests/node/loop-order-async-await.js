const log = (s) => console.log(s);
async function a() {
  log('a start');
  await null;
  log('a after await');
  await new Promise((r) => setTimeout(r, 1));
  log('a after timer');
}
async function b() {
  log('b start');
  await a();
  log('b done');
}
b().then(() => log('then'));
process.nextTick(() => log('tick'));
log('sync');
