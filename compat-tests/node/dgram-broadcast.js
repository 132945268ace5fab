// needs: netns
// Broadcast to the subnet's broadcast address 10.77.0.255: refused with
// EACCES until setBroadcast(true), then delivered to a socket bound to the
// wildcard address; setBroadcast(false) refuses again.
'use strict';
const dgram = require('dgram');

const rx = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.syscall, e.message);
  }
}

attempt('unbound setBroadcast', () => tx.setBroadcast(true));
rx.on('message', (msg, rinfo) => {
  console.log('received', String(msg), 'from', rinfo.address, rinfo.port === tx.address().port);
  tx.setBroadcast(false);
  tx.send('again', rx.address().port, '10.77.0.255', (err) => {
    console.log('after setBroadcast(false)', err && err.code, err && err.syscall);
    rx.close();
    tx.close();
  });
});
rx.bind(0, () => {
  tx.bind(0, '10.77.0.1', () => {
    tx.send('too early', rx.address().port, '10.77.0.255', (err) => {
      console.log('without setBroadcast', err && err.code, err && err.syscall, err && err.address, err && err.port === rx.address().port);
      console.log('setBroadcast returns', tx.setBroadcast(true));
      tx.send('hello subnet', rx.address().port, '10.77.0.255', (err2, n) => console.log('sent', err2, n));
    });
  });
});
