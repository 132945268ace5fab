// The Socket members on a WebSocket: options and setOption, send()'s
// hint with a zero highWaterMark and the drain that follows, and
// suspend()/resume() holding back message events.
const { port } = require('./lib/harness.js');
const ws = new WebSocket('ws://127.0.0.1:' + port('WS'));
console.log('options', JSON.stringify(ws.options), Object.isFrozen(ws.options));
console.log('setOption', ws.setOption('highWaterMark', 0), ws.getOption('highWaterMark'), ws.options.highWaterMark);
try { ws.setOption('noDelay', true); } catch (e) { console.log('unknown option', e.name); }
ws.setOption('binaryType', 'arraybuffer');
console.log('binaryType', ws.binaryType);
let suspended = false;
let drained = 0;
ws.onopen = () => {
  console.log('send hint', ws.send('one'));
  ws.suspend();
  suspended = true;
  console.log('isSuspended', ws.isSuspended);
  ws.send(new Uint8Array([1, 2]));
  setTimeout(() => {
    suspended = false;
    ws.resume();
    console.log('resumed', ws.isSuspended);
  }, 200);
};
ws.ondrain = () => drained++;
let n = 0;
ws.onmessage = e => {
  console.log('message', suspended, typeof e.data === 'string' ? e.data : new Uint8Array(e.data).join(','));
  if (++n === 2) ws.close(1000);
};
ws.onclose = e => {
  console.log('close', e.code, 'drain fired', drained);
  try { ws.resume(); } catch (err) { console.log('resume without suspend', err.name); }
};
