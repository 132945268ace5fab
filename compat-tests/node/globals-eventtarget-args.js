'use strict';
// Argument checking of EventTarget's methods.
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, '=>', String(v));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}
const et = new EventTarget();
const fn = () => {};
t('add no arguments', () => et.addEventListener());
t('add no listener', () => et.addEventListener('x'));
t('add number listener', () => et.addEventListener('x', 5));
t('add string listener', () => et.addEventListener('x', 'f'));
t('add object without handleEvent', () => et.addEventListener('x', {}));
t('add options number', () => et.addEventListener('x', fn, 5));
t('add options string', () => et.addEventListener('x', fn, 'abc'));
t('add options bigint', () => et.addEventListener('x', fn, 1n));
t('add options boolean', () => et.addEventListener('x', fn, true));
t('add options null', () => et.addEventListener('x', fn, null));
t('add options checked before listener', () => et.addEventListener('x', 5, 5));
t('add signal number', () => et.addEventListener('x', fn, { signal: 5 }));
t('add signal null', () => et.addEventListener('x', fn, { signal: null }));
t('add signal plain object', () => et.addEventListener('x', fn, { signal: {} }));
t('add symbol type', () => et.addEventListener(Symbol('s'), fn));
t('remove no arguments', () => et.removeEventListener());
t('remove one argument', () => et.removeEventListener('x'));
t('remove number listener', () => et.removeEventListener('x', 5));
t('remove null listener', () => et.removeEventListener('x', null));
t('remove undefined listener', () => et.removeEventListener('x', undefined));
t('remove options number', () => et.removeEventListener('x', fn, 5));
t('remove unknown', () => et.removeEventListener('nothing', fn));
t('dispatch nothing', () => et.dispatchEvent());
t('dispatch plain object', () => et.dispatchEvent({ type: 'x' }));
t('dispatch string', () => et.dispatchEvent('x'));
t('dispatch brand check', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
t('add brand check', () => EventTarget.prototype.addEventListener.call({}, 'x', fn));
t('remove brand check', () => EventTarget.prototype.removeEventListener.call(null, 'x', fn));
t('without new', () => EventTarget());
t('lengths', () => [EventTarget.length, EventTarget.prototype.addEventListener.length,
  EventTarget.prototype.removeEventListener.length, EventTarget.prototype.dispatchEvent.length].join());
t('members', () => Object.getOwnPropertyNames(EventTarget.prototype).join());
t('statics', () => Object.getOwnPropertyNames(EventTarget).join());
t('toStringTag', () => Object.prototype.toString.call(et));
t('own properties', () => Object.getOwnPropertyNames(et).length);
