// suspend() before open holds back messages, not the opening handshake:
// open still fires, and the echo arrives only after resume().
const { port } = require('./lib/harness.js');
const ws = new WebSocket('ws://127.0.0.1:' + port('WS'));
ws.suspend();
let resumed = false;
ws.onopen = () => {
  console.log('open while suspended', ws.isSuspended);
  ws.send('echo me');
  setTimeout(() => {
    resumed = true;
    ws.resume();
  }, 150);
};
ws.onmessage = e => {
  console.log('message', e.data, 'after resume', resumed);
  ws.close(1000);
};
ws.onclose = e => console.log('close', e.code, e.wasClean);
