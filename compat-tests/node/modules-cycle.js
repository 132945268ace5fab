const a = require('./fixtures/modules/cycle/a');
const b = require('./fixtures/modules/cycle/b');
console.log(a.sawB, '|', b.sawA);
console.log(a.loaded, b.loaded);
