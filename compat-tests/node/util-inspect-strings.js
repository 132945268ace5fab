'use strict';
const util = require('util');
const strings = ['plain', "it's", 'say "hi"', `both ' and "`, `all ' " \``, `all ' " \` \${x}`,
  'tab\there', 'new\nline', 'cr\r', 'nul\0', 'bell\x07', 'esc\x1b[0m', 'del\x7f', 'c1\x85', 'back\\slash',
  'unicode é ü 日本語 😀', 'lone \ud800 surrogate', 'trail \udc00 x', '\u2028\u2029', '\x0b\f\b'];
for (const s of strings) console.log(util.inspect(s));
console.log(strings);
console.log({ s: 'x'.repeat(30) + '\n' + 'y'.repeat(60) + '\n' });
console.log({ s: 'x'.repeat(80) + '\n' + 'y'.repeat(30) });
console.log([['a\nb'.repeat(20)]]);
console.log(util.inspect('z'.repeat(20), { maxStringLength: 5 }));
console.log(util.inspect(['abcdefgh', 'ij'], { maxStringLength: 3 }));
console.log(util.inspect('a'.repeat(10001)).length);
console.log(util.inspect({ 'key with space': 1, 'quote\'s': 2, 'new\nline': 3, valid_id$: 4, _ok: 5, ok2: 6, '2x': 7, '': 8 }));
