// An unref'd interval does not keep the process alive.
setInterval(() => console.log('never'), 1000).unref();
setTimeout(() => console.log('never either'), 50000).unref();
console.log('done');
process.on('exit', (c) => console.log('exit', c));
