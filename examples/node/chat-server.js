// A line-based TCP chat server: the first line a client sends is its
// name, every later line goes to all the other clients.
//
//   node chat-server.js 7001        serve until stopped (try: nc localhost 7001)
//   node chat-server.js             demo: two bots join, talk and leave
//
// Runs unchanged under node and nodeshim.
'use strict';
const net = require('node:net');

const members = new Map(); // socket -> name

function broadcast(from, text) {
  for (const [socket] of members) {
    if (socket !== from) socket.write(text + '\n');
  }
}

const server = net.createServer((socket) => {
  socket.setEncoding('utf8');
  socket.write('name? ');
  let pending = '';
  socket.on('data', (chunk) => {
    pending += chunk;
    let i;
    while ((i = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, i).replace(/\r$/, '');
      pending = pending.slice(i + 1);
      if (!members.has(socket)) {
        members.set(socket, line || 'anonymous');
        socket.write(`welcome, ${members.get(socket)} (${members.size} here)\n`);
        broadcast(socket, `* ${members.get(socket)} joined`);
      } else if (line) {
        broadcast(socket, `${members.get(socket)}: ${line}`);
      }
    }
  });
  socket.on('end', () => socket.end());
  socket.on('close', () => {
    const name = members.get(socket);
    members.delete(socket);
    if (name) broadcast(socket, `* ${name} left`);
  });
  socket.on('error', () => {});
});

const port = process.argv[2];
if (port !== undefined) {
  server.listen(Number(port), () => console.log(`chat server listening on port ${server.address().port}`));
} else {
  server.listen(0, '127.0.0.1', demo);
}

// bot connects, says its name, and resolves each expectation in turn.
function bot(name) {
  const socket = net.connect(server.address().port, '127.0.0.1');
  const heard = [];
  let waiting = null;
  let pending = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => {
    pending += chunk;
    let i;
    while ((i = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, i).replace(/^name\? /, '');
      pending = pending.slice(i + 1);
      console.log(`[${name}] ${line}`);
      heard.push(line);
    }
    if (waiting && heard.some(waiting.test)) {
      const w = waiting;
      waiting = null;
      w.resolve();
    }
  });
  socket.write(name + '\n');
  return {
    say: (text) => socket.write(text + '\n'),
    until: (re) => new Promise((resolve) => {
      waiting = { test: (l) => re.test(l), resolve };
      if (heard.some(waiting.test)) resolve();
    }),
    leave: () => new Promise((resolve) => { socket.end(); socket.on('close', resolve); }),
  };
}

async function demo() {
  const ada = bot('ada');
  await ada.until(/^welcome/);
  const bob = bot('bob');
  await ada.until(/bob joined/);
  ada.say('hi bob!');
  await bob.until(/ada: hi bob/);
  bob.say('hello ada');
  await ada.until(/bob: hello ada/);
  await bob.leave();
  await ada.until(/bob left/);
  await ada.leave();
  server.close(() => console.log('done'));
}
