// needs: netns
// Source-specific multicast: a receiver joins (source 10.77.0.1, group
// 232.10.0.5) and gets datagrams from that source only; one from another
// local address is filtered out. After dropSourceSpecificMembership the
// chosen source is filtered too.
'use strict';
const dgram = require('dgram');

const group = '232.10.0.5';
const source = '10.77.0.1';
const rx = dgram.createSocket('udp4');
const good = dgram.createSocket('udp4');
const other = dgram.createSocket('udp4');
const got = [];

rx.on('message', (msg, rinfo) => {
  got.push(String(msg) + '@' + rinfo.address);
  if (String(msg) === 'marker 1') {
    rx.dropSourceSpecificMembership(source, group, '127.0.0.1');
    console.log('dropped');
    good.send('after drop', rx.address().port, group, () => {
      good.send('marker 2', rx.address().port, '127.0.0.1');
    });
  } else if (String(msg) === 'marker 2') {
    console.log(JSON.stringify(got));
    rx.close();
    good.close();
    other.close();
  }
});

rx.bind(0, () => {
  rx.addSourceSpecificMembership(source, group, '127.0.0.1');
  console.log('joined', source, group);
  good.bind(0, source, () => other.bind(0, '127.0.0.1', () => {
    good.setMulticastInterface('127.0.0.1');
    other.setMulticastInterface('127.0.0.1');
    other.send('from other', rx.address().port, group, () => {
      good.send('from source', rx.address().port, group, () => {
        good.send('marker 1', rx.address().port, '127.0.0.1');
      });
    });
  }));
});
