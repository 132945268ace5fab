// Subprotocol negotiation: the Go peer knows "chat" and "superchat" and
// picks the first of its own list that the client offers; protocol is ""
// before open and without an offer. Offers the server ignores fail the
// connection, as the WHATWG fetch rules say. Extra headers reach the
// server.
const { port } = require('./lib/harness.js');
const url = 'ws://127.0.0.1:' + port('WS') + '/p';
function run(label, protocols, options, first) {
  return new Promise(resolve => {
    const ws = new WebSocket(url, protocols, options);
    console.log(label, 'before open', JSON.stringify(ws.protocol));
    ws.onopen = () => {
      console.log(label, 'open', JSON.stringify(ws.protocol));
      ws.send(first);
    };
    ws.onmessage = e => {
      console.log(label, 'server says', JSON.stringify(e.data));
      ws.close();
    };
    ws.onerror = e => console.log(label, 'error', e.message);
    ws.onclose = () => resolve();
  });
}
(async () => {
  await run('none', undefined, undefined, 'protocol');
  await run('one string', 'superchat', undefined, 'protocol');
  await run('list', ['v2.other', 'chat', 'superchat'], undefined, 'protocol');
  await run('unknown', ['v9'], undefined, 'protocol');
  await run('headers', [], { headers: { 'X-Test': 'forty two' } }, 'header X-Test');
})();
