// Argument and state errors of a socket's own methods: write and end with
// data of the wrong type or a bad encoding, setEncoding with an unknown
// encoding, setNoDelay/setKeepAlive with odd values, writing after end and
// after destroy (callback and 'error'), and connect on a destroyed socket.
'use strict';
const net = require('net');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '-> ok', typeof r === 'object' ? (r === null ? 'null' : r.constructor.name) : r);
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

const s = new net.Socket();
s.on('error', (e) => console.log('unexpected error event', e.code));
attempt('write number', () => s.write(5));
attempt('write object', () => s.write({}));
attempt('write null', () => s.write(null));
attempt('write undefined', () => s.write(undefined));
attempt('write bad encoding', () => s.write('x', 'utf9'));
attempt('end number', () => new net.Socket().end(5));
attempt('setEncoding bad', () => s.setEncoding('utf9'));
attempt('setNoDelay no arg', () => s.setNoDelay());
attempt('setNoDelay string', () => s.setNoDelay('yes'));
attempt('setKeepAlive string delay', () => s.setKeepAlive(true, 'x'));
attempt('setKeepAlive negative delay', () => s.setKeepAlive(true, -5));
attempt('address unconnected', () => JSON.stringify(s.address()));
attempt('remoteAddress unconnected', () => s.remoteAddress);
attempt('readyState unconnected', () => s.readyState);
s.destroy();

const ended = new net.Socket();
ended.on('error', (e) => console.log('ended error event', e.name, e.code, e.message));
ended.end();
ended.write('late', (err) => console.log('ended write callback', err && err.code));

const destroyed = new net.Socket();
destroyed.on('error', (e) => console.log('destroyed error event', e.code));
destroyed.destroy();
destroyed.write('late', (err) => console.log('destroyed write callback', err && err.name, err && err.code, err && err.message));
console.log('destroyed state', destroyed.destroyed, destroyed.writable, destroyed.readable, destroyed.readyState);
destroyed.on('close', () => console.log('destroyed close'));
