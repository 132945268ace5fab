'use strict';
// Changing the listener list during a dispatch, as Node walks it: a listener
// removed before its turn does not run; one appended runs if the dispatch has
// not yet passed the end of the list; once listeners are removed before they
// run.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

function scenario(name, setup) {
  const t = new EventTarget();
  const log = [];
  setup(t, log);
  t.dispatchEvent(new Event('x'));
  const first = log.slice();
  log.length = 0;
  t.dispatchEvent(new Event('x'));
  out(name, first, log);
}

scenario('append while more remain', (t, log) => {
  const c = () => log.push('c');
  t.addEventListener('x', () => { log.push('a'); t.addEventListener('x', c); });
  t.addEventListener('x', () => log.push('b'));
});
scenario('append from the last listener', (t, log) => {
  t.addEventListener('x', () => { log.push('a'); t.addEventListener('x', () => log.push('late')); }, { once: true });
});
scenario('remove a later listener', (t, log) => {
  const b = () => log.push('b');
  t.addEventListener('x', () => { log.push('a'); t.removeEventListener('x', b); });
  t.addEventListener('x', b);
  t.addEventListener('x', () => log.push('c'));
});
scenario('remove and re-add', (t, log) => {
  const b = () => log.push('b');
  t.addEventListener('x', () => { log.push('a'); t.removeEventListener('x', b); t.addEventListener('x', b); }, { once: true });
  t.addEventListener('x', b);
  t.addEventListener('x', () => log.push('c'));
});
scenario('remove itself and the last one', (t, log) => {
  const a = () => { log.push('a'); t.removeEventListener('x', a); t.removeEventListener('x', c); };
  const c = () => log.push('c');
  t.addEventListener('x', a);
  t.addEventListener('x', () => log.push('b'));
  t.addEventListener('x', c);
});
scenario('remove the next one, then append', (t, log) => {
  const y = () => log.push('y');
  t.addEventListener('x', () => { log.push('x'); t.removeEventListener('x', y); t.addEventListener('x', () => log.push('new')); }, { once: true });
  t.addEventListener('x', y);
});
scenario('once', (t, log) => {
  t.addEventListener('x', () => log.push('once'), { once: true });
  t.addEventListener('x', () => log.push('always'));
});

{
  const t = new EventTarget();
  let n = 0;
  t.addEventListener('o', () => { n++; t.dispatchEvent(new Event('o')); }, { once: true });
  t.dispatchEvent(new Event('o'));
  out('once listener removed before it runs', n);
}

{
  const t = new EventTarget();
  const log = [];
  const f = () => log.push('f');
  t.addEventListener('o', f, { once: true });
  t.addEventListener('o', f);
  t.dispatchEvent(new Event('o'));
  t.dispatchEvent(new Event('o'));
  out('a duplicate of a once listener is ignored', log);
}

{
  const t = new EventTarget();
  t.addEventListener('z', (e) => {
    try {
      t.dispatchEvent(e);
    } catch (err) {
      out('recursion', err.name, err.code, err.message);
    }
  });
  t.dispatchEvent(new Event('z'));
  const e = new Event('again', { cancelable: true });
  t.addEventListener('again', (ev) => ev.preventDefault());
  out('dispatching twice', t.dispatchEvent(e), t.dispatchEvent(e));
}
