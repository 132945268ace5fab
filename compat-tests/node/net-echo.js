// An echo server and a client that sends three messages one after the
// other, then ends: the client's events in order, and the byte counts.
'use strict';
const net = require('net');

const events = [];
const serverEvents = [];
const server = net.createServer((sock) => {
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => { serverEvents.push('server end'); sock.end(); });
  sock.on('close', (hadError) => {
    serverEvents.push('server close ' + hadError);
    server.close(() => {
      console.log(events.join('\n'));
      console.log(serverEvents.join('\n'));
    });
  });
});

server.listen(0, '127.0.0.1', () => {
  const messages = ['hello', 'world', 'bye'];
  const client = net.connect(server.address().port, '127.0.0.1');
  events.push('connecting ' + client.connecting + ' ' + client.readyState);
  client.on('connect', () => {
    events.push('connect ' + client.connecting + ' ' + client.readyState);
    client.write(messages.shift());
  });
  client.on('ready', () => events.push('ready'));
  client.setEncoding('utf8');
  client.on('data', (d) => {
    events.push('data ' + d);
    if (messages.length) client.write(messages.shift());
    else client.end();
  });
  client.on('end', () => events.push('end ' + client.readyState));
  client.on('finish', () => events.push('finish ' + client.readyState));
  client.on('close', (hadError) => {
    events.push('close ' + hadError + ' read=' + client.bytesRead + ' written=' + client.bytesWritten +
      ' ' + client.readyState + ' destroyed=' + client.destroyed);
  });
});
