let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('fired', fired);
  if (fired < 3) t.refresh();
}, 2);
console.log('refresh returns itself', t.refresh() === t);
