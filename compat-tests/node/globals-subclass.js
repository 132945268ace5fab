'use strict';
// The web classes have real prototype chains: JavaScript classes extend
// them, instanceof holds, and a subclass's events and targets work.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

class Emitter extends EventTarget {
  constructor(name) {
    super();
    this.name = name;
  }
  emit(type, detail) {
    return this.dispatchEvent(new CustomEvent(type, { detail, cancelable: true }));
  }
}
class MessageEvent2 extends Event {
  constructor(type, data) {
    super(type);
    this.data = data;
  }
}

const em = new Emitter('em');
const log = [];
em.addEventListener('ping', function (e) { log.push([this.name, e.detail, e instanceof CustomEvent, e.target === em]); });
em.addEventListener('cancel', (e) => e.preventDefault());
out('emit', em.emit('ping', { n: 1 }), em.emit('cancel'), log);
out('instanceof', em instanceof Emitter, em instanceof EventTarget, Object.prototype.toString.call(em), Object.getOwnPropertyNames(em));

const msg = new MessageEvent2('message', 'payload');
em.addEventListener('message', (e) => out('subclassed event', e.data, e.type, e instanceof MessageEvent2, e instanceof Event, Object.prototype.toString.call(e)));
em.dispatchEvent(msg);

class Later extends Emitter {
  emit(type) { return super.emit(type.toUpperCase()); }
}
const later = new Later('later');
later.addEventListener('UP', () => out('two levels deep works'));
later.emit('up');

out('chains', Object.getPrototypeOf(CustomEvent.prototype) === Event.prototype,
  Object.getPrototypeOf(AbortSignal.prototype) === EventTarget.prototype,
  Object.getPrototypeOf(DOMException.prototype) === Error.prototype,
  Object.getPrototypeOf(EventTarget.prototype) === Object.prototype);
out('constructors', [EventTarget, Event, CustomEvent, DOMException, AbortController, AbortSignal, TextEncoder, TextDecoder]
  .map((C) => C.name + '/' + C.length + '/' + (C.prototype.constructor === C) + '/' + Object.getOwnPropertyDescriptor(C, 'prototype').writable));
out('globals', ['EventTarget', 'Event', 'CustomEvent', 'DOMException', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'structuredClone']
  .map((n) => { const d = Object.getOwnPropertyDescriptor(globalThis, n); return n + ':' + d.enumerable + d.configurable; }));
out('event target marker', EventTarget[Symbol.for('nodejs.event_target')]);

class Bad extends AbortSignal {}
try { new Bad(); } catch (e) { out('AbortSignal cannot be subclassed into existence', e.name, e.code, e.message); }

class Err extends DOMException {
  constructor() { super('sub', 'NotFoundError'); }
}
const err = new Err();
out('DOMException subclass', err.name, err.code, err.message, err instanceof Err, err instanceof DOMException, err instanceof Error);

class Enc extends TextEncoder {}
class Dec extends TextDecoder {}
out('text subclasses', new Dec('latin1').decode(new Enc().encode('ok')), new Dec().encoding);
