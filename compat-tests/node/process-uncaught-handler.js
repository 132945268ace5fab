process.on('uncaughtException', (err, origin) => {
  console.log('handled', err.message, origin);
});
setTimeout(() => {
  throw new Error('from timer');
}, 300);
setImmediate(() => {
  throw new TypeError('from immediate');
});
setTimeout(() => console.log('still running'), 600);
