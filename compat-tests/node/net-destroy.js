// destroy in its forms: while connecting, with an error, twice, from the
// peer's point of view; destroySoon after queued writes; close's hadError
// and the state flags afterwards.
'use strict';
const net = require('net');

function step(label, fn) {
  return () => new Promise((resolve) => fn(label, resolve));
}

const server = net.createServer((s) => {
  s.on('data', (d) => { if (String(d).includes('\n')) s.end('got ' + String(d)); });
  s.on('error', () => {});
});

const steps = [
  step('while connecting', (label, done) => {
    const c = net.connect(server.address().port);
    c.on('connect', () => console.log(label, 'unexpected connect'));
    c.on('close', (hadError) => {
      console.log(label, 'close', hadError, 'destroyed', c.destroyed, 'connecting', c.connecting, c.readyState);
      done();
    });
    c.destroy();
    console.log(label, 'destroyed at once', c.destroyed);
  }),
  step('with an error', (label, done) => {
    const c = net.connect(server.address().port, () => c.destroy(new Error('boom')));
    const events = [];
    c.on('error', (e) => events.push('error ' + e.message));
    c.on('close', (hadError) => {
      events.push('close ' + hadError);
      console.log(label, events.join(', '), 'errored', c.errored && c.errored.message);
      done();
    });
  }),
  step('twice', (label, done) => {
    const c = net.connect(server.address().port, () => {
      c.destroy();
      c.destroy(new Error('ignored'));
    });
    let closes = 0;
    c.on('error', (e) => console.log(label, 'unexpected error', e.message));
    c.on('close', () => closes++);
    setTimeout(() => {
      console.log(label, 'closes', closes);
      done();
    }, 50);
  }),
  step('destroySoon', (label, done) => {
    const c = net.connect(server.address().port, () => {
      c.write('queued line\n');
      c.destroySoon();
      console.log(label, 'writable after destroySoon', c.writable, 'destroyed', c.destroyed);
    });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('finish', () => console.log(label, 'finish'));
    c.on('close', () => {
      console.log(label, 'close, got', JSON.stringify(got), 'readyState', c.readyState);
      done();
    });
  }),
  step('destroy after close', (label, done) => {
    const c = new net.Socket();
    c.destroy();
    c.on('close', () => {
      c.destroy();
      console.log(label, 'still fine', c.destroyed);
      done();
    });
  }),
];

server.listen(0, async () => {
  for (const s of steps) await s();
  server.close();
});
