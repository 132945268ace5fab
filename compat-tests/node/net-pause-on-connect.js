// pauseOnConnect: the accepted socket reads nothing until resumed, and
// what was sent meanwhile arrives afterwards.
'use strict';
const net = require('net');

const server = net.createServer({ pauseOnConnect: true }, (s) => {
  let got = '';
  console.log('readableFlowing', s.readableFlowing, 'isPaused', s.isPaused());
  s.on('data', (d) => { got += d; });
  setTimeout(() => {
    console.log('before resume', JSON.stringify(got), s.bytesRead);
    s.resume();
    setTimeout(() => {
      console.log('after resume', JSON.stringify(got), s.bytesRead);
      s.end();
      server.close();
    }, 100);
  }, 100);
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.write('sent early'));
  c.resume();
});
