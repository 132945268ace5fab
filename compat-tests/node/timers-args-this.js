const t = setTimeout(function (a, b) {
  console.log('args', a, b, this === t);
}, 1, 'x', 42);
const i = setInterval(function (n) {
  console.log('interval arg', n, this === i);
  clearInterval(this);
}, 1, 7);
