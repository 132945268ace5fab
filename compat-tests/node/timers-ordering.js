const log = (s) => console.log(s);
setTimeout(() => log('5a'), 5);
setTimeout(() => log('0'), 0);
setTimeout(() => log('5b'), 5);
setTimeout(() => log('1'), 1);
setTimeout(() => log('neg'), -10);
setTimeout(() => log('nan'), NaN);
setTimeout(() => log('str'), '3');
