'use strict';
// The lookup option: called as lookup(host, family, callback) for bind,
// send and connect (with the loopback address when send has no address);
// its errors; a replaced dns.lookup is used by sockets created after.
const dgram = require('dgram');
const dns = require('dns');

function lookup(host, family, cb) {
  console.log('lookup', JSON.stringify(host), family, typeof cb);
  if (host === 'fail.test') {
    const err = new Error('no such host here');
    err.code = 'ENOTFOUND';
    return cb(err);
  }
  if (host === 'sync.test') return cb(null, '127.0.0.1', 4);
  setImmediate(() => cb(null, family === 6 ? '::1' : '127.0.0.1', family));
}

const server = dgram.createSocket({ type: 'udp4', lookup });
const got = [];
server.on('message', (msg) => {
  got.push(msg.toString());
  if (msg.toString() === 'last') {
    console.log('server got', got.join());
    server.close();
  }
});
server.bind(0, 'my-server.test', () => {
  const port = server.address().port;
  console.log('bound through lookup', server.address().address);
  const client = dgram.createSocket({ type: 'udp4', lookup });
  client.send('by name', port, 'my-server.test', (err) => {
    console.log('sent by name', err);
    client.send('no address', port, (err2) => {
      console.log('sent without address', err2);
      client.send('x', port, 'fail.test', (err3) => {
        console.log('lookup error to callback', err3.message, err3.code);
        client.send('sync', port, 'sync.test', () => {
          console.log('sent through a synchronous lookup');
          client.send('last', port, () => client.close(() => useReplacedDnsLookup(port)));
        });
      });
    });
  });
});

const sync = dgram.createSocket({ type: 'udp4', lookup });
sync.on('listening', () => console.log('listening emitted inside bind: synchronous lookup'));
sync.bind(0, 'sync.test');
console.log('after bind with a synchronous lookup');
sync.close();

const failing = dgram.createSocket({ type: 'udp4', lookup });
failing.on('error', (err) => {
  console.log('bind lookup error event', err.message);
  failing.close();
});
failing.bind(0, 'fail.test');

const six = dgram.createSocket({ type: 'udp6', lookup });
six.bind(0, 'six.test', () => {
  console.log('udp6 asks for family 6', six.address().address);
  six.close();
});

function useReplacedDnsLookup(port) {
  const original = dns.lookup;
  dns.lookup = (host, family, cb) => {
    console.log('replaced dns.lookup', host, family);
    original(host, family, cb);
  };
  const s = dgram.createSocket('udp4');
  dns.lookup = original;
  s.send('via replaced dns.lookup', port, 'localhost', (err) => {
    console.log('sent', err);
    s.close();
  });
}
