'use strict';
// Event and CustomEvent: construction, fields, init dictionary, errors.
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, '=>', typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
const fields = (e) => [e.type, e.bubbles, e.cancelable, e.composed, e.eventPhase, e.target, e.currentTarget,
  e.srcElement, e.returnValue, e.cancelBubble, e.defaultPrevented, e.isTrusted, typeof e.timeStamp, e.composedPath().length];

t('defaults', () => fields(new Event('x')));
t('init', () => fields(new Event('x', { bubbles: 1, cancelable: 'y', composed: {} })));
t('null init', () => fields(new Event('x', null)));
t('type coercion', () => [new Event(5).type, new Event(null).type, new Event(undefined).type, new Event({ toString() { return 'obj'; } }).type]);
t('init read order', () => {
  const log = [];
  new Event('q', { get bubbles() { log.push('bubbles'); }, get cancelable() { log.push('cancelable'); }, get composed() { log.push('composed'); } });
  return log;
});
t('no type', () => new Event());
t('bad init', () => new Event('x', 5));
t('string init', () => new Event('x', 'abc'));
t('symbol type', () => new Event(Symbol('s')));
t('without new', () => Event('x'));
t('preventDefault cancelable', () => { const e = new Event('x', { cancelable: true }); e.preventDefault(); return [e.defaultPrevented, e.returnValue]; });
t('preventDefault not cancelable', () => { const e = new Event('x'); e.preventDefault(); return [e.defaultPrevented, e.returnValue]; });
t('returnValue is read-only', () => { const e = new Event('x', { cancelable: true }); return [Reflect.set(e, 'returnValue', false), e.defaultPrevented]; });
t('cancelBubble', () => { const e = new Event('x'); e.cancelBubble = false; const a = e.cancelBubble; e.cancelBubble = true; return [a, e.cancelBubble]; });
t('stopPropagation', () => { const e = new Event('x'); e.stopPropagation(); return e.cancelBubble; });
t('initEvent', () => { const e = new Event('a'); e.initEvent('b', true, true); return [e.type, e.bubbles, e.cancelable]; });
t('initEvent no type', () => new Event('a').initEvent());
t('constants', () => [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, 'AT_TARGET' in Event.prototype]);
t('lengths', () => [Event.length, CustomEvent.length, Event.prototype.initEvent.length, Event.prototype.composedPath.length]);
t('prototype members', () => Object.getOwnPropertyNames(Event.prototype));
t('own properties', () => Object.getOwnPropertyNames(new Event('x')));
t('type descriptor', () => { const d = Object.getOwnPropertyDescriptor(Event.prototype, 'type'); return [d.get.name, d.set, d.enumerable, d.configurable]; });
t('method descriptor', () => { const d = Object.getOwnPropertyDescriptor(Event.prototype, 'preventDefault'); return [d.writable, d.enumerable, d.configurable]; });
t('toStringTag', () => Object.prototype.toString.call(new Event('x')));
t('getter brand check', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
t('method brand check', () => Event.prototype.preventDefault.call({}));
t('composedPath brand check', () => Event.prototype.composedPath.call({}));
t('isTrusted without brand check', () => Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({}));
t('CustomEvent detail', () => [new CustomEvent('c', { detail: { a: 1 } }).detail, new CustomEvent('c').detail, new CustomEvent('c', { detail: undefined }).detail]);
t('CustomEvent is an Event', () => [new CustomEvent('c') instanceof Event, Object.getPrototypeOf(CustomEvent) === Event, Object.prototype.toString.call(new CustomEvent('c'))]);
t('CustomEvent members', () => Object.getOwnPropertyNames(CustomEvent.prototype));
t('CustomEvent no type', () => new CustomEvent());
t('CustomEvent bad init', () => new CustomEvent('x', 5));
t('detail brand check', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));
