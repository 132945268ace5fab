// The binaryType attribute ignores unknown values, as the DOM does;
// setOption and the options dictionary reject them.
const { thrown } = require('./lib/harness.js');
const u = new UDPSocket('127.0.0.1', 0);
console.log(u.binaryType);
for (const v of ['string', 'bogus', 'blob', '', null, 'arraybuffer', 'ARRAYBUFFER']) {
  u.binaryType = v;
  console.log(JSON.stringify(v), '->', u.binaryType);
}
console.log(thrown(() => u.setOption('binaryType', 'bogus')));
console.log(u.setOption('binaryType', 'string'), u.binaryType, u.options.binaryType);
console.log(thrown(() => new UDPSocket('127.0.0.1', 0, { binaryType: 'Blob' })));
u.close();
