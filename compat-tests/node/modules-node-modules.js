// node_modules lookup walks up from the requiring file's directory.
const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/modules/somefile.js');
console.log(req('dep')());
console.log(req('@scope/thing'));
try {
  require('dep');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
