// Linux abstract Unix sockets: a path starting with a NUL byte lives in
// no directory (no file appears), echo works over it, address() reports
// the name with its NUL, and a second listen on the name is EADDRINUSE.
'use strict';
const net = require('net');
const fs = require('fs');

const name = '\0nodeshim-compat-abstract-' + process.pid;
const server = net.createServer((c) => c.pipe(c));
server.listen(name, () => {
  console.log('address is the name', server.address() === name, 'starts with NUL', server.address()[0] === '\0');
  console.log('no file named after it', !fs.existsSync(name.slice(1)));
  const dup = net.createServer();
  dup.on('error', (e) => {
    console.log('second listen', e.code, e.syscall);
    const c = net.connect(name, () => c.end('abstract echo'));
    c.setEncoding('utf8');
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => {
      console.log('echo', got);
      server.close(() => console.log('closed'));
    });
  });
  dup.listen(name);
});
