// What the differential fuzz scripts share: the seed (the script's
// argument), a small PRNG (mulberry32) that makes each seed deterministic,
// the log they print at exit and desc, which names a value the same way
// under node and nodeshim.
const seed = Number(process.argv[2] || 1);
let state = seed * 2654435761 % 4294967296;

// rnd returns the generator's next number from 0 to n - 1.
function rnd(n) {
  state = (state + 0x6D2B79F5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
}

// out holds the logged lines, which the script prints when it exits.
const out = [];

// log adds its arguments, joined by spaces, as one line of out.
function log(...a) { out.push(a.join(' ')); }

// desc describes v for the log.
function desc(v) {
  if (v === null) return 'null';
  if (v === undefined) return 'undef';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Buffer.isBuffer(v)) return 'B' + JSON.stringify(v.toString('latin1'));
  if (v instanceof Error) return 'E:' + (v.code || v.message);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

module.exports = { rnd, out, log, desc };
