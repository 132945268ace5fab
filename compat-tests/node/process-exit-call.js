process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('never'), 10);
console.log('before');
process.exit(3);
console.log('after');
