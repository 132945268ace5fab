'use strict';
// EventTarget: listeners run in registration order with the right `this`;
// a listener is identified by (type, callback, capture); EventListener
// objects have their handleEvent looked up at each dispatch.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

{
  const t = new EventTarget();
  const log = [];
  t.addEventListener('x', function (e) { log.push(['fn', this === t, e.target === t, e.currentTarget === t, e.eventPhase]); });
  const obj = { handleEvent(e) { log.push(['obj', this === obj, e.type]); } };
  t.addEventListener('x', obj);
  t.addEventListener('x', (e) => log.push(['arrow', e.isTrusted]));
  t.addEventListener('other', () => log.push('other'));
  out('dispatch returned', t.dispatchEvent(new Event('x')));
  out('order', log);
}

{
  const t = new EventTarget();
  let n = 0;
  const f = () => n++;
  t.addEventListener('x', f);
  t.addEventListener('x', f);
  t.addEventListener('x', f, true);
  t.addEventListener('x', f, { capture: true, once: true });
  t.addEventListener('x', f, { capture: false, passive: true });
  t.dispatchEvent(new Event('x'));
  out('duplicates ignored, capture counts', n);
  t.removeEventListener('x', f);
  t.dispatchEvent(new Event('x'));
  out('removed the non-capture one', n);
  t.removeEventListener('x', f, false);
  t.dispatchEvent(new Event('x'));
  out('removing again does nothing', n);
  t.removeEventListener('x', f, { capture: true });
  t.dispatchEvent(new Event('x'));
  out('removed the capture one', n);
}

{
  const t = new EventTarget();
  const log = [];
  const o = {};
  t.addEventListener('x', o);
  t.dispatchEvent(new Event('x'));
  o.handleEvent = function () { log.push('added later'); };
  t.dispatchEvent(new Event('x'));
  o.handleEvent = function () { log.push('replaced'); };
  t.dispatchEvent(new Event('x'));
  out('handleEvent is looked up each time', log);
}

{
  const t = new EventTarget();
  const log = [];
  t.addEventListener(5, () => log.push('number type'));
  t.addEventListener('null', () => log.push('null type'));
  t.dispatchEvent(new Event('5'));
  t.dispatchEvent(new Event(null));
  out('types are strings', log);
}

{
  const t = new EventTarget();
  const log = [];
  t.addEventListener('z', () => {}, {
    get once() { log.push('once'); return false; },
    get capture() { log.push('capture'); return false; },
    get passive() { log.push('passive'); return false; },
    get signal() { log.push('signal'); return undefined; },
  });
  out('option read order', log);
}

{
  const t = new EventTarget();
  const ev = new Event('nobody');
  out('no listeners', t.dispatchEvent(ev), ev.target === t, ev.currentTarget, ev.eventPhase);
}
