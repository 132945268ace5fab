process.on('uncaughtException', (err, origin) => {
  console.log('uncaught', err.message, origin);
});
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('process continues'), 1);
