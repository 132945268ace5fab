// wss: with the TLS options of a TCPSocket: the harness's CA makes the
// connection (servername changes the name sent and checked),
// without it the certificate is refused: error, then close 1006.
const { port, pem } = require('./lib/harness.js');
const url = 'wss://127.0.0.1:' + port('WSS') + '/secure';
function run(label, options) {
  return new Promise(resolve => {
    const ws = new WebSocket(url, [], options);
    ws.onopen = () => {
      console.log(label, 'open', ws.url === url, ws.extensions.startsWith('permessage-deflate'));
      ws.send('over tls');
    };
    ws.onmessage = e => {
      console.log(label, 'message', e.data);
      ws.close(1000, 'bye');
    };
    ws.onerror = e => console.log(label, 'error', e.name, e.code);
    ws.onclose = e => {
      console.log(label, 'close', e.code, e.reason, e.wasClean);
      resolve();
    };
  });
}
(async () => {
  await run('with ca', { ca: pem('ca'), servername: 'localhost' });
  await run('without ca', {});
  await run('rejectUnauthorized false', { rejectUnauthorized: false });
})();
