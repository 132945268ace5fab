process.on('exit', (c) => console.log('exit', c));
Promise.reject('a plain string');
