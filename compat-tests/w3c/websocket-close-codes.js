// Close codes and reasons both ways: the script's close(code, reason)
// comes back from the Go peer as the peer's close frame; the peer's own
// close ("close CODE REASON") reaches onclose; a close without a code is
// 1005. Sends after close() only add to bufferedAmount.
const { port } = require('./lib/harness.js');
const url = 'ws://127.0.0.1:' + port('WS');
function run(label, onopen) {
  return new Promise(resolve => {
    const ws = new WebSocket(url);
    ws.onopen = () => onopen(ws);
    ws.onerror = e => console.log(label, 'error', e.message);
    ws.onclose = e => {
      console.log(label, 'close', e.code, JSON.stringify(e.reason), e.wasClean, ws.readyState);
      resolve();
    };
  });
}
(async () => {
  await run('script 1000', ws => ws.close(1000));
  await run('script 3000+reason', ws => {
    ws.close(3000, 'bye \u20ac');
    console.log('after close', ws.readyState, ws.bufferedAmount);
    ws.close(4000); // closing already: nothing happens
    console.log('send while closing', ws.send('12345'), ws.bufferedAmount);
  });
  await run('script 4999', ws => ws.close(4999, 'x'.repeat(123)));
  await run('script reason only', ws => ws.close(undefined, 'why'));
  await run('peer 1001', ws => ws.send('close 1001 going away'));
  await run('peer 4321', ws => ws.send('close 4321 custom'));
  await run('peer 1011', ws => ws.send('close 1011'));
  await new Promise(resolve => {
    const ws = new WebSocket(url);
    ws.onopen = () => console.log('open: never');
    ws.onerror = e => console.log('connecting: error', e.type, ws.readyState);
    ws.onclose = e => {
      console.log('connecting: close', e.code, JSON.stringify(e.reason), e.wasClean, ws.readyState);
      resolve();
    };
    ws.close(3001);
    console.log('connecting: after close', ws.readyState);
  });
})();
