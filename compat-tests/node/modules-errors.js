const path = require('path');
for (const id of ['./does-not-exist', 'no-such-package', 'node:no-such-builtin']) {
  try {
    require(id);
  } catch (e) {
    console.log(e.code, e.message.split('\n')[0]);
    if (e.requireStack) console.log(e.requireStack.map((p) => path.basename(p)).join(','));
  }
}
for (const bad of [undefined, 42, '']) {
  try {
    require(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  require('./fixtures/modules/throws');
} catch (e) {
  console.log('init error:', e.message);
}
const throwsPath = require.resolve('./fixtures/modules/throws');
console.log('cached after failure:', throwsPath in require.cache);
