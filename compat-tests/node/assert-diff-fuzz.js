// Generated values, mutated copies and every comparison operator: the failure messages (inspect output
// and line diffs with context and skipped lines) must match Node's byte for byte.
const assert = require('assert');

let seed = 3;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const leaf = () => [1, 2, 'a', 'bb', null, true, undefined, 0, -0, NaN, 'long string value here', 123456789][rnd(12)];
const gen = (depth) => {
  const kind = rnd(depth > 2 ? 2 : 5);
  if (kind < 2) return leaf();
  if (kind === 2) return Array.from({ length: rnd(9) }, () => gen(depth + 1));
  if (kind === 3) {
    const o = {};
    for (let n = rnd(7); n > 0; n--) o['k' + rnd(8)] = gen(depth + 1);
    return o;
  }
  const m = new Map();
  for (let i = rnd(3); i > 0; i--) m.set('m' + i, gen(depth + 1));
  return m;
};
const mutate = (v, depth) => {
  if (rnd(3) === 0 || typeof v !== 'object' || v === null) return gen(depth);
  if (Array.isArray(v)) {
    const c = v.map((x) => (rnd(4) === 0 ? mutate(x, depth + 1) : x));
    if (rnd(3) === 0) c.push(gen(depth + 1));
    if (rnd(4) === 0) c.shift();
    return c;
  }
  if (v instanceof Map) {
    const c = new Map(v);
    c.set('x' + rnd(3), gen(depth + 1));
    return c;
  }
  const c = { ...v };
  for (const k of Object.keys(c)) if (rnd(3) === 0) c[k] = mutate(c[k], depth + 1);
  if (rnd(3) === 0) c['n' + rnd(5)] = gen(depth + 1);
  return c;
};
const ops = ['deepStrictEqual', 'strictEqual', 'deepEqual', 'notDeepStrictEqual', 'notStrictEqual', 'notDeepEqual', 'equal', 'notEqual'];
let passed = 0;
for (let i = 0; i < 300; i++) {
  const a = gen(0);
  const b = rnd(5) === 0 ? a : mutate(a, 0);
  for (const op of ops) {
    try {
      assert[op](a, b);
      passed++;
    } catch (e) {
      console.log(i, op, JSON.stringify(e.message));
    }
  }
}
console.log('passed', passed);
