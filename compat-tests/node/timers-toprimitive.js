const t = setTimeout(() => {}, 1);
const id = +t;
console.log(typeof id, Number.isInteger(id), id > 0);
console.log(`${t}` === String(id));
const u = setTimeout(() => {}, 1);
console.log(+u !== id);
clearTimeout(t);
clearTimeout(u);
