const tp = require('timers/promises');
(async () => {
  const v = await tp.setTimeout(2, 'value');
  console.log('setTimeout resolved', v);
  const w = await tp.setImmediate('imm');
  console.log('setImmediate resolved', w);
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    console.log('aborted', e.name, e.code, e.message);
  }
  try {
    await tp.setTimeout(1, 'y', { signal: AbortSignal.abort('why') });
  } catch (e) {
    console.log('pre-aborted', e.name, e.code, e.cause);
  }
  try {
    await tp.setTimeout(1, 'y', 'bad');
  } catch (e) {
    console.log('bad options', e.code, e.message);
  }
  console.log('same module', require('node:timers/promises') === tp, require('timers').promises === tp);
})();
