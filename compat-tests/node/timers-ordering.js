// Same-delay timers run in creation order; 0, negative, NaN and non-numeric
// delays mean 1 ms; numeric strings are converted. Delays are far apart so a
// loaded machine cannot reorder them.
const log = (s) => console.log(s);
setTimeout(() => log('200a'), 200);
setTimeout(() => log('0'), 0);
setTimeout(() => log('200b'), 200);
setTimeout(() => log('1'), 1);
setTimeout(() => log('neg'), -10);
setTimeout(() => log('nan'), NaN);
setTimeout(() => log('str 100'), '100');
setTimeout(() => log('word'), 'soon');
