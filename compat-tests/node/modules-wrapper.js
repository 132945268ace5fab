console.log(typeof exports, typeof require, typeof module, typeof __filename, typeof __dirname);
console.log(this === module.exports, exports === module.exports);
console.log(require('path').basename(__filename), require('path').basename(__dirname));
console.log(typeof globalThis.require, typeof global, global === globalThis);
var topLevelVar = 1;
console.log('var stays module-local:', typeof globalThis.topLevelVar);
