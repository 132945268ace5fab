// URLSearchParams: construction from every init kind, mutation, sorting, iteration and errors.
const sp = new URLSearchParams('a=1&b=x y&a=3&c=%zz&d=%E2%82%AC+%2B');
console.log(sp.toString(), sp.get('a'), sp.getAll('a').join(), sp.has('b'), sp.has('a', '3'), sp.has('a', '2'), sp.size, sp.get('zz'), sp.get('d'));
sp.append('e', 'é&='); sp.set('a', 'new'); sp.delete('b'); sp.delete('c', 'nope');
console.log(sp.toString(), [...sp.keys()].join(), [...sp.values()].join());
sp.sort();
console.log(String(sp), JSON.stringify([...sp]), JSON.stringify([...sp.entries()]));
const it = sp[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), JSON.stringify(it.next()), it[Symbol.iterator]() === it);
const seen = [];
sp.forEach(function (v, k, o) {
  seen.push(`${k}=${v}:${o === sp}:${this.t}`);
}, { t: 'this' });
console.log(seen.join(' '));
for (const init of [undefined, null, '', '?x=1', 'x', { a: 1, b: [2, 3], c: null }, [['x', 'y'], ['z', 'w']], new Map([['m', 'n']]), new URLSearchParams('q=r'), 5]) {
  console.log(String(new URLSearchParams(init)));
}
for (const bad of [[[1]], [5], { [Symbol.iterator]: 5 }, [['a', 'b', 'c']]]) {
  try {
    new URLSearchParams(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const fn of [() => sp.append('a'), () => sp.get(), () => sp.forEach(5), () => URLSearchParams.prototype.get.call({}, 'a')]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(Object.keys(URLSearchParams.prototype).join(), URLSearchParams.length);
const live = new URLSearchParams('a=1');
const out = [];
for (const [k] of live) {
  out.push(k);
  if (out.length < 3) live.append(k + k, '');
}
console.log(out.join());
