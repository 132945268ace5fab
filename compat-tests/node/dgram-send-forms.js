'use strict';
// Every form of send: strings, Buffers, TypedArrays, DataViews, arrays of
// them, offset/length, with and without address and callback, empty
// datagrams, host names.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const got = [];
server.on('message', (msg) => got.push(msg.toString('hex')));

server.bind(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const sends = [
    ['string', (cb) => client.send('ab', port, '127.0.0.1', cb)],
    ['no address', (cb) => client.send('cd', port, cb)],
    ['offset and length', (cb) => client.send(Buffer.from('0123456789'), 2, 3, port, '127.0.0.1', cb)],
    ['offset, no address', (cb) => client.send(Buffer.from('0123456789'), 4, 2, port, cb)],
    ['array', (cb) => client.send([Buffer.from('a'), 'b', new Uint8Array([0x63])], port, '127.0.0.1', cb)],
    ['DataView', (cb) => client.send(new DataView(new Uint8Array([1, 2, 3]).buffer), port, cb)],
    ['Uint16Array', (cb) => client.send(new Uint16Array([0x0102, 0x0304]), port, cb)],
    ['Uint16Array bytes 1..3', (cb) => client.send(new Uint16Array([0x0102, 0x0304]), 1, 2, port, cb)],
    ['empty string', (cb) => client.send('', port, cb)],
    ['empty array', (cb) => client.send([], port, cb)],
    ['string with offset', (cb) => client.send('abcdef', 1, 2, port, '127.0.0.1', cb)],
    ['unicode string', (cb) => client.send('h\u00e9\u20ac', port, cb)],
    ['localhost', (cb) => client.send('h', port, 'localhost', cb)],
    ['null address', (cb) => client.send('n', port, null, cb)],
    ['subarray', (cb) => client.send(Buffer.from('xyz').subarray(1), port, cb)],
  ];
  for (const [name, send] of sends) {
    await new Promise((resolve) => send((err, bytes) => {
      console.log(name, err, bytes);
      resolve();
    }));
  }
  client.send('last', port, () => {
    setTimeout(() => {
      console.log(JSON.stringify(got));
      client.close();
      server.close();
    }, 50);
  });
});
