'use strict';
// stopImmediatePropagation, stopPropagation and preventDefault, and what
// dispatchEvent returns.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

{
  const t = new EventTarget();
  const log = [];
  t.addEventListener('x', () => log.push('a'));
  t.addEventListener('x', (e) => { log.push('b'); e.stopImmediatePropagation(); });
  t.addEventListener('x', () => log.push('c'));
  t.addEventListener('x', () => log.push('passive'), { passive: true });
  const e = new Event('x');
  out('stopImmediatePropagation', t.dispatchEvent(e), log, e.cancelBubble);
  log.length = 0;
  out('stays stopped', t.dispatchEvent(e), log);
}

{
  const t = new EventTarget();
  const log = [];
  t.addEventListener('x', () => log.push('a'));
  const e = new Event('x');
  e.stopImmediatePropagation();
  out('stopped before dispatch', t.dispatchEvent(e), log);
}

{
  const t = new EventTarget();
  const log = [];
  t.addEventListener('x', (e) => { log.push('a'); e.stopPropagation(); });
  t.addEventListener('x', () => log.push('b'));
  t.addEventListener('x', (e) => { log.push('c'); e.cancelBubble = true; });
  t.addEventListener('x', () => log.push('d'));
  out('stopPropagation keeps the target\'s listeners', t.dispatchEvent(new Event('x')), log);
}

{
  const t = new EventTarget();
  const log = [];
  t.addEventListener('p', (e) => { log.push(['first', e.defaultPrevented]); e.preventDefault(); });
  t.addEventListener('p', (e) => log.push(['second', e.defaultPrevented, e.returnValue]));
  out('cancelable', t.dispatchEvent(new Event('p', { cancelable: true })), log);
  log.length = 0;
  out('not cancelable', t.dispatchEvent(new Event('p')), log);
}

{
  const t = new EventTarget();
  t.addEventListener('p', (e) => e.preventDefault(), { passive: true });
  out('preventDefault in a passive listener', t.dispatchEvent(new Event('p', { cancelable: true })));
}

{
  const t = new EventTarget();
  t.addEventListener('r', () => false);
  t.addEventListener('r', () => 'ignored');
  out('return values are ignored', t.dispatchEvent(new Event('r', { cancelable: true })));
}
