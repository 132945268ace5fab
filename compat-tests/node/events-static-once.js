// events.once(emitter, name) resolves with the event's arguments, rejects
// on 'error', and cleans up its listeners either way.
const EventEmitter = require('events');
const { once } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  console.log('listeners while waiting', e.listenerCount('ready'), e.listenerCount('error'));
  e.emit('ready', 1, 'two');
  const args = await p;
  console.log('resolved', JSON.stringify(args), Array.isArray(args));
  console.log('listeners after', e.listenerCount('ready'), e.listenerCount('error'));

  const p2 = once(e, 'ready');
  e.emit('error', new Error('failed'));
  try { await p2; } catch (err) { console.log('rejected', err.message); }
  console.log('listeners after error', e.listenerCount('ready'), e.listenerCount('error'));

  // Waiting for 'error' itself resolves with the error.
  const p3 = once(e, 'error');
  e.emit('error', new Error('wanted'));
  const [err] = await p3;
  console.log('error as value', err.message);

  // No arguments.
  const p4 = once(e, 'empty');
  e.emit('empty');
  console.log('empty args', JSON.stringify(await p4));

  // Symbol names.
  const s = Symbol('s');
  const p5 = once(e, s);
  e.emit(s, 'sym');
  console.log('symbol', (await p5)[0]);

  // An object without on/addEventListener is rejected, not thrown.
  const bad = once({}, 'x');
  console.log('returns a promise', bad instanceof Promise);
  try { await bad; } catch (err2) { console.log(err2.code, err2.message); }

  // EventTarget-like objects: the listener gets the event object.
  const added = [];
  const target = {
    listeners: null,
    addEventListener(name, fn, opts) { added.push(name + ' once=' + opts.once); this.fn = fn; },
    removeEventListener(name) { added.push('remove ' + name); },
  };
  const p6 = once(target, 'message');
  target.fn({ type: 'message', data: 7 });
  const [ev] = await p6;
  console.log('event target', ev.type, ev.data, added.join(', '));

  // Only the first emission counts.
  const p7 = once(e, 'tick');
  e.emit('tick', 1);
  e.emit('tick', 2);
  console.log('first only', (await p7)[0]);
  console.log('done');
}
main();
