'use strict';
// AbortController and AbortSignal: reasons, the 'abort' event, onabort,
// throwIfAborted, AbortSignal.abort.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
const describe = (r) => (r instanceof DOMException ? `DOMException ${r.name} ${r.code} ${r.message}` : r instanceof Error ? `${r.name}: ${r.message}` : typeof r + ' ' + String(r));

{
  const ac = new AbortController();
  const s = ac.signal;
  out('initial', s === ac.signal, s.aborted, s.reason === undefined, s instanceof AbortSignal, s instanceof EventTarget);
  const log = [];
  s.addEventListener('abort', (e) => log.push([e.type, e.isTrusted, e.target === s, e.cancelable, e.bubbles, e.constructor.name, Object.getPrototypeOf(e) === Event.prototype, s.aborted]));
  s.onabort = function (e) { log.push(['onabort', this === s, e.type]); };
  ac.abort();
  ac.abort('ignored');
  out('abort event', log);
  out('default reason', describe(s.reason), s.reason instanceof Error);
}

for (const reason of [42, 'why', null, false, new TypeError('typed'), { custom: true }]) {
  const ac = new AbortController();
  ac.abort(reason);
  out('reason', describe(ac.signal.reason), ac.signal.reason === reason);
}

{
  const ac = new AbortController();
  ac.abort(undefined);
  out('explicit undefined', describe(ac.signal.reason));
}

{
  const ac = new AbortController();
  try { ac.signal.throwIfAborted(); out('throwIfAborted before abort: no throw'); } catch (e) { out('unexpected', e.message); }
  ac.abort(new RangeError('stop'));
  try { ac.signal.throwIfAborted(); } catch (e) { out('throwIfAborted throws the reason', e instanceof RangeError, e.message); }
  const ac2 = new AbortController();
  ac2.abort(7);
  try { ac2.signal.throwIfAborted(); } catch (e) { out('even a primitive', e); }
}

{
  const ac = new AbortController();
  const s = ac.signal;
  const log = [];
  s.onabort = () => log.push('first handler');
  s.addEventListener('abort', () => log.push('listener'));
  s.onabort = null;
  out('cleared handler reads', s.onabort);
  s.onabort = () => log.push('second handler');
  ac.abort();
  out('handler keeps its first place', log);
}

{
  const s = AbortSignal.abort();
  out('AbortSignal.abort()', s.aborted, describe(s.reason));
  out('AbortSignal.abort(reason)', describe(AbortSignal.abort('r').reason));
  const log = [];
  s.addEventListener('abort', () => log.push('never'));
  out('no event for an already aborted signal', log);
}

function t(label, fn) {
  try { out(label, String(fn())); } catch (e) { out(label, '!!', e.name, e.code, e.message); }
}
t('new AbortSignal', () => new AbortSignal());
t('AbortController()', () => AbortController());
t('abort brand check', () => AbortController.prototype.abort.call({}));
t('signal brand check', () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}));
t('aborted brand check', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
t('throwIfAborted brand check', () => AbortSignal.prototype.throwIfAborted.call({}));
t('onabort brand check', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.call({}));
t('controller members', () => Object.getOwnPropertyNames(AbortController.prototype));
t('signal members', () => Object.getOwnPropertyNames(AbortSignal.prototype));
t('signal statics', () => Object.getOwnPropertyNames(AbortSignal));
t('lengths', () => [AbortSignal.abort.length, AbortSignal.timeout.length, AbortSignal.any.length, AbortController.prototype.abort.length]);
t('chain', () => [Object.getPrototypeOf(AbortSignal) === EventTarget, Object.getPrototypeOf(AbortSignal.prototype) === EventTarget.prototype]);
t('tags', () => [Object.prototype.toString.call(new AbortController()), Object.prototype.toString.call(AbortSignal.abort())]);
