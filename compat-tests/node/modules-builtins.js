const names = ['events', 'buffer', 'path', 'timers', 'timers/promises', 'string_decoder', 'module', 'process'];
for (const n of names) {
  console.log(n, require(n) === require('node:' + n));
}
console.log(require('process') === process);
const mod = require('module');
console.log(Array.isArray(mod.builtinModules), mod.builtinModules.includes('events'));
console.log(mod.isBuiltin('node:path'), mod.isBuiltin('nope'));
console.log(require.resolve('path'), require.resolve('node:events'));
