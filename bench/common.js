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

// cycles keeps `concurrency` chains of connections going for seconds():
// start(closed) opens one connection and calls closed() when it is gone; a
// chain starts the next one until the deadline. When the last one in flight
// has closed, done(connections per second) is called.
function cycles(concurrency, start, done) {
  const t0 = now();
  const deadline = t0 + seconds();
  let completed = 0;
  let active = 0;
  const cycle = () => {
    active++;
    start(() => {
      active--;
      completed++;
      if (now() < deadline) {
        cycle();
      } else if (active === 0) {
        done(Math.round(completed / (now() - t0)));
      }
    });
  };
  for (let i = 0; i < concurrency; i++) cycle();
}

// pumper returns pump(), which calls write() until the deadline (then
// end()) or until write() returns false; the caller calls pump() again on
// 'drain'.
function pumper(deadline, write, end) {
  return function pump() {
    while (now() < deadline) {
      if (!write()) return;
    }
    end();
  };
}

// pingPongClock times one-message-in-flight round trips: call sent() when a
// message goes out and arrived() when its echo is complete; arrived()
// returns false once the timed phase (after `warmup` round trips, for
// seconds()) is over, having called done(figures).
function pingPongClock(warmup, done) {
  const rtts = [];
  let warm = 0;
  let sentAt = 0;
  let start = 0;
  let deadline = Infinity;
  return {
    sent() { sentAt = nowUs(); },
    arrived() {
      const t = nowUs();
      if (warm < warmup) {
        if (++warm === warmup) {
          start = t;
          deadline = t + seconds() * 1e6;
        }
        return true;
      }
      rtts.push(t - sentAt);
      if (t < deadline) return true;
      rtts.sort((a, b) => a - b);
      done({
        round_trips_per_s: Math.round(rtts.length / ((t - start) / 1e6)),
        p50_us: round(percentile(rtts, 50), 1),
        p99_us: round(percentile(rtts, 99), 1),
      });
      return false;
    },
  };
}

// flood sends datagrams with send() for seconds(), keeping at most `window`
// in flight (sent, not yet received); call received() for each datagram that
// arrives. The datagrams in flight are presumed lost when nothing arrived
// during two 50 ms checks in a row (one slow check can be a descheduled
// process on a busy machine, not a loss). After a 100 ms grace period done({dgrams_per_s, lost}) is
// called. Start it with the returned object's start().
function flood(window, send, done) {
  let sent = 0;
  let got = 0;
  let presumedLost = 0;
  let sending = false;
  let t0 = 0;
  let deadline = 0;
  let watchdog = null;
  let lastGot = -1;
  let stalls = 0;
  const stop = () => {
    sending = false;
    clearInterval(watchdog);
    const rate = Math.round(got / (now() - t0));
    setTimeout(() => done({ dgrams_per_s: rate, lost: sent - got }), 100);
  };
  const pump = () => {
    while (sending && sent - got - presumedLost < window) {
      if ((sent & 63) === 0 && now() >= deadline) {
        stop();
        return;
      }
      send();
      sent++;
    }
  };
  return {
    start() {
      t0 = now();
      deadline = t0 + seconds();
      sending = true;
      watchdog = setInterval(() => {
        stalls = got === lastGot ? stalls + 1 : 0;
        lastGot = got;
        if (stalls >= 2) {
          stalls = 0;
          presumedLost = sent - got;
          pump();
        }
      }, 50);
      pump();
    },
    received() {
      got++;
      if (sending) pump();
    },
  };
}

module.exports = {
  seconds, count, now, nowUs, percentile, round, report, rssMB, tlsFiles,
  cycles, pumper, pingPongClock, flood,
};
