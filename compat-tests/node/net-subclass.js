// Subclassing: a class extending net.Socket and one extending net.Server
// behave as their bases and stay Duplex/EventEmitter; util.inherits works
// on the old-style constructors.
'use strict';
const net = require('net');
const stream = require('stream');
const util = require('util');
const EventEmitter = require('events');

class Counting extends net.Socket {
  constructor(opts) {
    super(opts);
    this.count = 0;
    this.on('data', (d) => { this.count += d.length; });
  }
}

class Greeter extends net.Server {
  constructor() {
    super((s) => s.end('hello from ' + this.constructor.name));
  }
}

function Legacy(opts) {
  net.Socket.call(this, opts);
  this.legacy = true;
}
util.inherits(Legacy, net.Socket);

const server = new Greeter();
console.log(server instanceof net.Server, server instanceof EventEmitter);
server.listen(0, () => {
  const c = new Counting();
  console.log(c instanceof net.Socket, c instanceof stream.Duplex, c instanceof stream.Readable, c instanceof stream.Writable);
  c.connect(server.address().port);
  c.on('end', () => {
    console.log('counted', c.count);
    const l = new Legacy();
    console.log('legacy', l.legacy, l instanceof net.Socket, typeof l.connect);
    l.connect(server.address().port);
    l.setEncoding('utf8');
    l.on('data', (d) => console.log('legacy got', d));
    l.on('close', () => server.close());
  });
});
