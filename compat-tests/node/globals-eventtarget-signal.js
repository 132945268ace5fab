'use strict';
// addEventListener's signal option removes the listener when the signal
// aborts, even if an abort listener stopped propagation.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

{
  const ac = new AbortController();
  const t = new EventTarget();
  const log = [];
  t.addEventListener('y', () => log.push('with signal'), { signal: ac.signal });
  t.addEventListener('y', () => log.push('without'));
  t.dispatchEvent(new Event('y'));
  ac.abort();
  t.dispatchEvent(new Event('y'));
  t.addEventListener('y', () => log.push('added after abort'), { signal: ac.signal });
  t.dispatchEvent(new Event('y'));
  out('removed on abort', log);
}

{
  const t = new EventTarget();
  const log = [];
  t.addEventListener('y', () => log.push('never'), { signal: AbortSignal.abort() });
  t.dispatchEvent(new Event('y'));
  out('already aborted signal', log);
}

{
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const t = new EventTarget();
  const log = [];
  t.addEventListener('z', () => log.push('z'), { signal: ac.signal });
  ac.abort();
  t.dispatchEvent(new Event('z'));
  out('removal survives stopImmediatePropagation', log);
}

{
  const ac = new AbortController();
  const t = new EventTarget();
  const log = [];
  t.addEventListener('once', () => log.push('once'), { once: true, signal: ac.signal });
  t.dispatchEvent(new Event('once'));
  ac.abort();
  t.dispatchEvent(new Event('once'));
  out('once with a signal', log);
}

{
  const ac = new AbortController();
  const a = new EventTarget();
  const b = new EventTarget();
  const log = [];
  a.addEventListener('m', () => log.push('a'), { signal: ac.signal });
  b.addEventListener('m', () => log.push('b'), { signal: ac.signal });
  b.addEventListener('n', () => log.push('b.n'), { signal: ac.signal });
  ac.abort();
  a.dispatchEvent(new Event('m'));
  b.dispatchEvent(new Event('m'));
  b.dispatchEvent(new Event('n'));
  out('one signal, many listeners', log);
}
