// A refused connection: error (ConnectionRefusedError, ECONNREFUSED), then
// close with 1006 and wasClean false, both after the constructor returned.
const { port } = require('./lib/harness.js');
const p = port('REFUSED');
const ws = new WebSocket('ws://127.0.0.1:' + p + '/x');
let sync = true;
ws.onopen = () => console.log('open: never');
ws.onerror = e => console.log('error', sync, e.type, e.name, e.code, ws.readyState);
ws.onclose = e => console.log('close', sync, e.code, JSON.stringify(e.reason), e.wasClean, ws.readyState);
sync = false;
