// randomInt: ranges (checked over many draws), one- and two-bound forms,
// callbacks and Node's validation errors.
'use strict';
const crypto = require('crypto');

function show(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
function draws(n, f) {
  const seen = new Set();
  let ok = true;
  for (let i = 0; i < n; i++) {
    const v = f();
    ok = ok && Number.isSafeInteger(v);
    seen.add(v);
  }
  return { ok, seen: [...seen].sort((a, b) => a - b) };
}

show('max only', () => draws(400, () => crypto.randomInt(5)));
show('min and max', () => draws(400, () => crypto.randomInt(-3, 3)));
show('single value', () => draws(20, () => crypto.randomInt(41, 42)));
show('negative range', () => draws(300, () => crypto.randomInt(-10, -7)));
show('large range bounds', () => {
  const { ok, seen } = draws(200, () => crypto.randomInt(2 ** 48 - 1));
  return ok && seen[0] >= 0 && seen[seen.length - 1] < 2 ** 48 - 1;
});
show('large offset', () => {
  const v = crypto.randomInt(2 ** 52, 2 ** 52 + 3);
  return v >= 2 ** 52 && v < 2 ** 52 + 3;
});
show('spread', () => draws(2000, () => crypto.randomInt(100)).seen.length > 90);
show('max missing', () => crypto.randomInt());
show('max float', () => crypto.randomInt(1.5));
show('max string', () => crypto.randomInt('10'));
show('min string', () => crypto.randomInt('1', 10));
show('max NaN', () => crypto.randomInt(0, NaN));
show('max unsafe', () => crypto.randomInt(0, 2 ** 53));
show('min unsafe', () => crypto.randomInt(-(2 ** 53), 0));
show('max equal', () => crypto.randomInt(3, 3));
show('max below', () => crypto.randomInt(5, 3));
show('max zero', () => crypto.randomInt(0));
show('range too big', () => crypto.randomInt(0, 2 ** 48));
show('max too big', () => crypto.randomInt(2 ** 48));
show('negative range too big', () => crypto.randomInt(-(2 ** 47), 2 ** 47));
show('callback bad', () => crypto.randomInt(1, 2, 'x'));
show('callback bad one bound', () => crypto.randomInt(10, {}));

crypto.randomInt(10, function (err, n) {
  console.log('async max', arguments.length, err, Number.isInteger(n) && n >= 0 && n < 10);
  crypto.randomInt(-5, -4, (err2, m) => {
    console.log('async min max', err2, m);
  });
});
console.log('callback is asynchronous');
