// A timer set after a long synchronous stretch counts its delay from when
// it was set: the immediate set next to it runs first, in the main script
// and in a callback.
function busy(ms) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {}
}

busy(30);
setTimeout(() => {
  console.log('main script: timer');
  setTimeout(() => {
    busy(30);
    setTimeout(() => console.log('callback: timer'), 10);
    setImmediate(() => console.log('callback: immediate'));
  }, 1);
}, 10);
setImmediate(() => console.log('main script: immediate'));
