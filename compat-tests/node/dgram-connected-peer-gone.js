// A connected UDP socket whose peer has gone: the send itself succeeds
// (the kernel's ICMP "port unreachable" comes back later) and the refusal
// then arrives as an 'error' event with ECONNREFUSED on the socket, which
// stays open: a later send still succeeds locally.
'use strict';
const dgram = require('dgram');

const peer = dgram.createSocket('udp4');
const s = dgram.createSocket('udp4');
peer.bind(0, '127.0.0.1', () => {
  const port = peer.address().port;
  s.connect(port, '127.0.0.1', () => {
    console.log('connected to the peer', s.remoteAddress().port === port);
    peer.close(() => {
      s.once('error', (e) => {
        console.log('error event', e.name, e.code, e.errno, e.syscall, e.message);
        setImmediate(() => {
          s.send('again', (err, n) => {
            console.log('send after the error', err, n);
            s.close(() => console.log('closed'));
          });
        });
      });
      s.send('into the void', (err, n) => console.log('send after the peer left', err, n));
    });
  });
});
