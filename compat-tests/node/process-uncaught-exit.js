process.on('exit', (code) => console.log('exit handler sees', code));
console.log('before throw');
setTimeout(() => {
  throw new Error('boom');
}, 1);
