// URL setters: invalid values are ignored, partial changes stick as in Node, and searchParams stays linked.
const u = new URL('http://user:pw@example.com:8080/p/a/t/h?query=string#hash');
const steps = [
  ['port', '443'], ['port', '8080abc'], ['port', 'abc'], ['port', ''], ['port', '99999'],
  ['protocol', 'https'], ['protocol', 'mailto'], ['protocol', 'ws:'],
  ['username', 'us er:@'], ['password', 'p:w'], ['password', ''], ['username', ''],
  ['host', 'x.com:81'], ['host', 'y.com:abc'], ['hostname', 'Z.COM:99'], ['hostname', 'a b'],
  ['pathname', 'a b/../c'], ['pathname', '\\w\\v'], ['search', '?q= 1#'], ['search', ''], ['hash', 'x y'], ['hash', ''],
  ['href', 'sc:opaque  #frag'], ['hash', ''], ['pathname', '/ignored'], ['host', 'ignored'],
];
for (const [k, v] of steps) {
  u[k] = v;
  console.log(`${k} = ${JSON.stringify(v)} -> ${u.href}`);
}
const f = new URL('file:///a');
f.host = 'localhost';
console.log(f.href);
f.host = 'h';
f.port = '8';
console.log(f.href);

const w = new URL('http://h/p?a=1#f');
const params = w.searchParams;
params.append('b', 'x y');
console.log(w.href, w.searchParams === params, w.search);
w.search = '?c=3';
console.log(JSON.stringify([...params]));
params.delete('c');
console.log(JSON.stringify(w.href));
w.href = 'https://x.org/?k=v';
console.log(params.get('k'), w.host);
try {
  w.href = 'nope';
} catch (e) {
  console.log(e.name, e.code, e.message, e.input);
}
class MyURL extends URL {
  constructor(s) {
    super(s);
    this.extra = 1;
  }
  get sub() {
    return this.hostname.split('.')[0];
  }
}
const m = new MyURL('http://sub.example/');
console.log(m.sub, m.extra, m instanceof URL, m.href);
