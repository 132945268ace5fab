process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('e1'));
Promise.reject(2);
const late = Promise.reject(3);
setTimeout(() => late.catch(() => console.log('caught late')), 1);
const handled = Promise.reject(4);
handled.catch((v) => console.log('caught in time', v));
(async () => { throw new Error('async fn'); })();
