'use strict';
// Helpers for the W3C compat scripts: the harness's peers, its control
// connection, line reading and checks. The harness (harness_test.go) puts
// each peer's port in W3C_<NAME> and the PEM files in W3C_CERTS.
const fs = require('fs');
const path = require('path');

// port returns the port of a harness peer, e.g. port('ECHO').
function port(name) {
  const v = process.env['W3C_' + name];
  if (!v) throw new Error('the harness runs no peer ' + name);
  return Number(v);
}

// pem returns a PEM file the harness made: ca, leaf, leaf-key, client,
// client-key.
function pem(name) {
  return fs.readFileSync(path.join(process.env.W3C_CERTS, name + '.pem'), 'utf8');
}

// ctl sends one command to the harness and resolves with its reply line
// ("ok ..." or "fail ...") once the harness has carried it out.
function ctl(command) {
  return new Promise((resolve, reject) => {
    const s = new TCPSocket('127.0.0.1', port('CTL'), { binaryType: 'string' });
    let reply = '';
    s.onopen = () => s.send(command + '\n');
    s.onmessage = e => { reply += e.data; };
    s.onerror = e => reject(e.error);
    s.onclose = () => resolve(reply.trim());
  });
}

// lines calls onLine with each line (without its line ending) a socket
// receives; the socket's binaryType must be 'string'.
function lines(socket, onLine) {
  let buf = '';
  socket.addEventListener('message', e => {
    buf += e.data;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i).replace(/\r$/, '');
      buf = buf.slice(i + 1);
      onLine(line);
    }
  });
}

// lineQueue returns a function that resolves with the next line a
// socket receives, for dialogues written with await.
function lineQueue(socket) {
  const ready = [];
  const waiting = [];
  lines(socket, line => (waiting.length ? waiting.shift()(line) : ready.push(line)));
  return () => new Promise(resolve => (ready.length ? resolve(ready.shift()) : waiting.push(resolve)));
}

// once resolves with the next event of a type on a target.
function once(target, type) {
  return new Promise(resolve => target.addEventListener(type, resolve, { once: true }));
}

// check prints a failure and marks the script as failed when cond is
// false.
function check(cond, what) {
  if (!cond) {
    console.log('FAIL: ' + what);
    process.exitCode = 1;
  }
}

// thrown returns "Name: message" of what fn throws, or 'no exception'.
function thrown(fn) {
  try {
    fn();
    return 'no exception';
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}

// deadline ends the script with a failure if it is still running after ms.
function deadline(ms) {
  const t = setTimeout(() => {
    console.log('FAIL: still running after ' + ms + ' ms');
    process.exit(1);
  }, ms);
  t.unref();
  return t;
}

module.exports = { port, pem, ctl, lines, lineQueue, once, check, thrown, deadline };
