// A WebSocket echoes text with the Go peer (github.com/coder/websocket):
// the WHATWG attributes, readyState through the life of the socket, and
// the Socket superclass.
const { port } = require('./lib/harness.js');
const url = 'ws://127.0.0.1:' + port('WS');
const ws = new WebSocket(url);
console.log('classes', ws instanceof WebSocket, ws instanceof Socket, ws instanceof EventTarget);
console.log('constants', WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED, ws.OPEN);
console.log('constructed', ws.readyState, ws.url === url + '/', ws.binaryType, ws.protocol === '', ws.bufferedAmount);
let sent = false;
ws.onopen = e => {
  console.log('open', e.type, ws.readyState, ws.extensions.startsWith('permessage-deflate'));
  console.log('addresses', ws.address, ws.port === port('WS'), ws.localAddress, ws.localPort > 0, ws.ipVersion);
  console.log('send returns', ws.send('hello'), ws.send('h\u00e9llo \u20ac \ud83d\ude00'), typeof ws.send('x'.repeat(100000)));
  sent = true;
};
let n = 0;
ws.onmessage = e => {
  n++;
  console.log('message', e instanceof MessageEvent, typeof e.data, e.data.length > 50 ? e.data.length : e.data);
  if (n === 3) ws.close();
};
ws.onerror = e => console.log('error: never', e.message);
ws.onclose = e => console.log('close', e instanceof CloseEvent, e.code, JSON.stringify(e.reason), e.wasClean, ws.readyState, sent);
