// class syntax subclasses: constructor arguments, overrides, super calls
// and instanceof all behave as in Node.
const EventEmitter = require('events');

class Channel extends EventEmitter {
  constructor(name) {
    super();
    this.name = name;
  }
  send(msg) {
    return this.emit('message', msg);
  }
  emit(type, ...args) {
    console.log('emit override', String(type), args.length);
    return super.emit(type, ...args);
  }
}

const c = new Channel('news');
c.on('message', function (m) { console.log(this.name, 'got', m, this instanceof Channel); });
console.log(c.send('hello'));
console.log(c instanceof Channel, c instanceof EventEmitter, Object.getPrototypeOf(Channel) === EventEmitter);
console.log(Object.keys(c).join(','));
console.log(typeof c._events, c._eventsCount, c._maxListeners);

// The override also sees newListener and removeListener emissions.
c.on('newListener', () => {});
c.on('other', () => {});
c.removeAllListeners('other');

// Overriding on: once goes through this.on as in Node.
class Tracking extends EventEmitter {
  on(name, fn) {
    console.log('Tracking.on', name, typeof fn);
    return super.on(name, fn);
  }
}
const t = new Tracking();
t.once('ready', () => console.log('ready fired'));
t.emit('ready');
console.log('addListener is still the base method', t.addListener === EventEmitter.prototype.on);

// A subclass can pass options to the base constructor.
class Capturing extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
}
console.log('capture option accepted', new Capturing() instanceof EventEmitter);

// Deep hierarchies.
class A extends EventEmitter {}
class B extends A {}
const b = new B();
b.on('x', () => console.log('deep listener'));
b.emit('x');
console.log(b.constructor.name, b instanceof A);
