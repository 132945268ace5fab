const a = setTimeout(() => console.log('a never'), 1);
clearTimeout(a);
const b = setTimeout(() => console.log('b never'), 1);
clearTimeout(+b); // by primitive id
const c = setInterval(() => console.log('c never'), 1);
clearTimeout(c); // clearTimeout also clears intervals
const d = setTimeout(() => console.log('d never'), 1);
d.close();
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout('nope');
clearInterval(12345);
setTimeout(() => console.log('only this runs'), 2);
