// AbortSignal: a server listening with a signal closes when it aborts; a
// socket connecting with one is destroyed with an AbortError; an already
// aborted signal acts on the next tick.
'use strict';
const net = require('net');

const ac = new AbortController();
const server = net.createServer((s) => s.resume());
server.on('close', () => console.log('server closed by the signal, listening', server.listening));
server.listen({ port: 0, signal: ac.signal }, () => {
  const c = net.connect({ port: server.address().port, signal: ac.signal });
  c.on('error', (e) => console.log('client error', e.name, e.code, e.message));
  c.on('close', () => {
    console.log('client closed');
    const aborted = AbortSignal.abort();
    const late = net.createServer();
    late.on('close', () => console.log('already-aborted server closed, listening', late.listening));
    late.listen({ port: 0, signal: aborted });
  });
  c.on('connect', () => {
    console.log('connected; aborting');
    ac.abort();
  });
});
