// Argument errors of listen, and the server's state after each.
'use strict';
const net = require('net');

function attempt(label, fn) {
  const s = net.createServer();
  s.on('error', (e) => console.log(label, 'error event', e.code));
  try {
    fn(s);
    console.log(label, '-> no throw, listening soon');
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
  s.close();
}

attempt('port -1', (s) => s.listen(-1));
attempt('port 65536', (s) => s.listen(65536));
attempt('options port 1e6', (s) => s.listen({ port: 1e6 }));
attempt('port string junk', (s) => s.listen({ port: 'junk' }));
attempt('empty options', (s) => s.listen({}));
attempt('options without port or path', (s) => s.listen({ host: 'localhost' }));
attempt('port true', (s) => s.listen({ port: true }));
attempt('signal not a signal', (s) => s.listen({ port: 0, signal: {} }));
attempt('bad options type', () => net.createServer(42));
attempt('keepAliveInitialDelay string', () => net.createServer({ keepAliveInitialDelay: '1' }));

const s = net.createServer();
s.listen(0, () => {
  try {
    s.listen(0);
  } catch (e) {
    console.log('twice ->', e.code, e.message);
  }
  s.close(() => {
    s.close((err) => {
      console.log('close when closed ->', err.code, err.message);
    });
  });
});
