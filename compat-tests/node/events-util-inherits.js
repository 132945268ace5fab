// util.inherits subclasses, and how util.inspect shows emitters (the
// _events shapes and Node's symbols).
const util = require('util');
const EventEmitter = require('events');

function Legacy(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Legacy, EventEmitter);

const l = new Legacy('old');
l.on('ping', function ping(n) { console.log(this.name, 'ping', n); });
console.log(l.emit('ping', 1), l instanceof EventEmitter, Legacy.super_ === EventEmitter);
l.once('ping', function onlyOnce() {});
l.on('pong', function pong() {});
l.setMaxListeners(5);
console.log(util.inspect(l));
console.log(util.inspect(new EventEmitter()));
console.log(util.inspect(new EventEmitter({ captureRejections: true })));
console.log(util.inspect(l.rawListeners('ping')));

class Modern extends EventEmitter {}
console.log(util.inspect(new Modern()));
