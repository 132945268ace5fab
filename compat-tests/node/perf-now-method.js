// performance.now is a method of performance: its name and length, and
// the error when it is called on anything else.
const now = performance.now;
console.log(now.name, now.length, 'prototype' in now, typeof performance.now());
for (const receiver of [undefined, {}]) {
  try {
    now.call(receiver);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
