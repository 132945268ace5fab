// end() in its forms: with data and a callback, with an encoding, before
// connecting, twice; 'finish' and 'end' order on the ending side; write
// after end (ERR_STREAM_WRITE_AFTER_END).
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    s.end('server saw ' + JSON.stringify(got));
  });
});

server.listen(0, () => {
  const c = net.connect(server.address().port);
  const log = [];
  c.end('6869', 'hex', () => log.push('end callback'));
  c.end(() => log.push('second end callback'));
  c.write('more', (err) => log.push('write after end cb ' + (err && err.code)));
  c.on('error', (e) => log.push('error ' + e.code + ' ' + e.message));
  c.on('finish', () => log.push('finish'));
  c.setEncoding('utf8');
  c.on('data', (d) => log.push('data ' + d));
  c.on('end', () => log.push('end'));
  c.on('close', (hadError) => {
    log.push('close ' + hadError);
    console.log(log.join('\n'));
    server.close();
  });
});
