'use strict';
// Helpers shared by the benchmark workloads (bench/node/*.js run under node
// and nodeshim, bench/w3c/*.js under nodeshim). Each workload prints exactly
// one JSON line: {"workload": name, figure: number, ...}.

// seconds is how long each timed phase runs: BENCH_SECONDS, default 2.
function seconds() {
  const s = Number(process.env.BENCH_SECONDS);
  return s > 0 ? s : 2;
}

// count reads a positive integer parameter from the environment.
function count(name, dflt) {
  const n = parseInt(process.env[name], 10);
  return n > 0 ? n : dflt;
}

// now is a monotonic clock in seconds.
function now() {
  return Number(process.hrtime.bigint()) / 1e9;
}

// nowUs is a monotonic clock in microseconds.
function nowUs() {
  return Number(process.hrtime.bigint()) / 1e3;
}

// percentile returns the p-th percentile (0..100) of an ascending array.
function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

// round keeps d decimals.
function round(x, d) {
  const f = Math.pow(10, d);
  return Math.round(x * f) / f;
}

// report prints the workload's one JSON line.
function report(workload, figures) {
  console.log(JSON.stringify(Object.assign({ workload }, figures)));
}

// rssMB is the resident set size now, in MB (10^6 bytes).
function rssMB() {
  return round(process.memoryUsage().rss / 1e6, 1);
}

// tlsFiles reads bench/certs: the server's certificate and key, and the CA
// that signed it, as PEM strings.
function tlsFiles() {
  const fs = require('fs');
  const read = (name) => fs.readFileSync(__dirname + '/certs/' + name, 'utf8');
  return { cert: read('server.pem'), key: read('server-key.pem'), ca: read('ca.pem') };
}

module.exports = { seconds, count, now, nowUs, percentile, round, report, rssMB, tlsFiles };
