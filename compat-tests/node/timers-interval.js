let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    setTimeout(() => console.log('after clear, count', n), 20);
  }
}, 2);
