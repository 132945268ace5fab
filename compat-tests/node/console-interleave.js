'use strict';
// console output and process.stdout.write must come out in call order.
process.stdout.write('a');
console.log('b');
process.stdout.write('c\n');
console.log('d');
process.stdout.write('e');
process.stdout.write('f\n');
for (let i = 0; i < 5; i++) {
  console.log(i);
  process.stdout.write(`w${i}\n`);
}
console.log('end');
