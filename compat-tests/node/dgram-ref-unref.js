'use strict';
// A bound socket keeps the process alive; an unref'd one does not, even if
// unref'd before binding; ref() undoes it; an unbound socket never does.
const dgram = require('dgram');

dgram.createSocket('udp4'); // never bound: does not keep the process alive

const quiet = dgram.createSocket('udp4');
console.log('unref returns the socket', quiet.unref() === quiet);
quiet.bind(0, () => console.log('unref\'d socket listening'));

const other = dgram.createSocket('udp4');
other.bind(0, () => {
  other.unref();
  other.ref();
  other.unref();
  console.log('other unref\'d after bind');
});

const kept = dgram.createSocket('udp4');
kept.bind(0, () => {
  kept.unref();
  kept.ref();
  console.log('kept: ref\'d again, closing in a moment');
  setTimeout(() => kept.close(() => console.log('kept closed')), 30).unref();
});
process.on('exit', (code) => console.log('exit', code));
