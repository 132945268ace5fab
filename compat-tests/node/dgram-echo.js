'use strict';
// A UDP echo server and client on 127.0.0.1: events in order, the message
// as a Buffer, rinfo's shape, the send callback's byte count.
const dgram = require('dgram');
const { EventEmitter } = require('events');

const server = dgram.createSocket('udp4');
console.log('instanceof EventEmitter', server instanceof EventEmitter, server instanceof dgram.Socket);
console.log('type', server.type);
server.on('listening', () => console.log('server listening', server.address().address, server.address().family));
server.on('message', (msg, rinfo) => {
  console.log('server got', Buffer.isBuffer(msg), msg.toString(), Object.keys(rinfo).join(), rinfo.address, rinfo.family, rinfo.size);
  server.send(msg.toString().toUpperCase(), rinfo.port, rinfo.address, (err, bytes) => {
    console.log('server sent', err, bytes);
  });
});
server.on('close', () => console.log('server close'));

server.bind(0, '127.0.0.1', () => {
  console.log('bind callback');
  const client = dgram.createSocket('udp4');
  client.on('message', (msg, rinfo) => {
    console.log('client got', msg.toString(), rinfo.port === server.address().port, rinfo.size);
    client.close(() => {
      console.log('client close callback');
      server.close();
    });
  });
  client.send('hello, udp', server.address().port, '127.0.0.1', (err, bytes) => {
    console.log('client sent', err, bytes);
  });
});
