// Unix-domain sockets carry what TCP does: half-open with allowHalfOpen,
// bytesRead/bytesWritten, setEncoding, and listen options readableAll and
// writableAll changing the socket file's mode.
'use strict';
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeshim-unix-ho-'));
const file = path.join(dir, 's.sock');
const logs = { client: [], server: [] };
let closes = 0;

function finish() {
  if (++closes < 2) return;
  console.log('client:', logs.client.join(' | '));
  console.log('server:', logs.server.join(' | '));
  server.close(() => {
    console.log('socket file removed', !fs.existsSync(file));
    fs.rmdirSync(dir);
  });
}

const server = net.createServer({ allowHalfOpen: true }, (s) => {
  const log = (m) => logs.server.push(m);
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    log('end ' + JSON.stringify(got) + ' ' + s.readyState);
    s.end('reply after the end', () => log('bytesWritten ' + s.bytesWritten));
  });
  s.on('close', (e) => { log('close ' + e + ' bytesRead ' + s.bytesRead); finish(); });
});

server.listen({ path: file, readableAll: true, writableAll: true }, () => {
  const mode = fs.statSync(file).mode & 0o777;
  console.log('mode has group and other read/write', (mode & 0o066) === 0o066, 'is socket', fs.statSync(file).isSocket());
  const log = (m) => logs.client.push(m);
  const c = net.connect({ path: file, allowHalfOpen: true }, () => {
    c.end('half of a conversation');
    log('ended ' + c.readyState);
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => log('end ' + JSON.stringify(got) + ' bytesRead ' + c.bytesRead));
  c.on('close', (e) => { log('close ' + e + ' bytesWritten ' + c.bytesWritten); finish(); });
});
