'use strict';
// AbortSignal.any: follows the first source to abort, with its reason; its
// own listeners run after the source's.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

{
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  const log = [];
  any.onabort = () => log.push('any aborted with ' + any.reason);
  b.abort('second');
  a.abort('first');
  out('first to abort wins', any.aborted, any.reason, log);
}

{
  const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre'), AbortSignal.abort('later')]);
  out('already aborted source', pre.aborted, pre.reason);
  out('empty list', AbortSignal.any([]).aborted);
}

{
  const c = new AbortController();
  const dep = AbortSignal.any([c.signal]);
  const log = [];
  c.signal.addEventListener('abort', () => log.push('source listener sees dep.aborted=' + dep.aborted));
  dep.addEventListener('abort', () => log.push('dependent listener, reason ' + dep.reason));
  c.signal.addEventListener('abort', () => log.push('second source listener'));
  c.abort('why');
  out('order', log);
}

{
  const c = new AbortController();
  const inner = AbortSignal.any([c.signal]);
  const outer = AbortSignal.any([inner]);
  const log = [];
  inner.addEventListener('abort', () => log.push('inner'));
  outer.addEventListener('abort', () => log.push('outer'));
  c.abort('deep');
  out('nested', log, outer.reason);
}

{
  const c = new AbortController();
  const twice = AbortSignal.any([c.signal, c.signal]);
  let n = 0;
  twice.addEventListener('abort', () => n++);
  c.abort();
  out('same source twice', n, twice.reason.name);
}

{
  const c = new AbortController();
  const a1 = AbortSignal.any([c.signal]);
  const a2 = AbortSignal.any([c.signal]);
  const log = [];
  a2.addEventListener('abort', () => log.push('a2'));
  a1.addEventListener('abort', () => log.push('a1'));
  c.abort();
  out('dependents in creation order', log);
}

function t(label, fn) {
  try { out(label, String(fn())); } catch (e) { out(label, '!!', e.name, e.code, e.message); }
}
t('no argument', () => AbortSignal.any());
t('number', () => AbortSignal.any(5));
t('array-like', () => AbortSignal.any({ length: 0 }));
t('bad element', () => AbortSignal.any([new AbortController().signal, 5]));
t('null element', () => AbortSignal.any([null]));
t('look-alike', () => AbortSignal.any([{ aborted: false }]).aborted);
t('returns a signal', () => AbortSignal.any([]) instanceof AbortSignal);
