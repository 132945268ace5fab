// A chat server: each line a client sends goes to every other client.
// Clients join one after the other and speak in turn, so the order of
// what each one hears is fixed.
'use strict';
const net = require('net');

const clients = new Set();
const server = net.createServer((sock) => {
  sock.setEncoding('utf8');
  let name = null;
  let pending = '';
  sock.on('data', (d) => {
    pending += d;
    let i;
    while ((i = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, i);
      pending = pending.slice(i + 1);
      if (name === null) {
        name = line;
        for (const c of clients) c.write('* ' + name + ' joined\n');
        clients.add(sock);
        sock.write('welcome ' + name + '\n');
      } else {
        for (const c of clients) if (c !== sock) c.write(name + ': ' + line + '\n');
        sock.write('ok\n');
      }
    }
  });
  sock.on('end', () => {
    clients.delete(sock);
    for (const c of clients) c.write('* ' + name + ' left\n');
    sock.end();
  });
});

function client(name) {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.heard = [];
  let buf = '';
  let cursor = 0;
  let waiter = null;
  // expect resolves once a line matching re has been heard, looking at
  // the lines not yet matched by an earlier expect first.
  const check = () => {
    if (!waiter) return;
    for (let i = cursor; i < c.heard.length; i++) {
      if (waiter.re.test(c.heard[i])) {
        cursor = i + 1;
        const w = waiter;
        waiter = null;
        w.resolve();
        return;
      }
    }
  };
  c.on('data', (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      c.heard.push(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
    check();
  });
  c.expect = (re) => new Promise((resolve) => {
    waiter = { re, resolve };
    check();
  });
  c.write(name + '\n');
  return c;
}

server.listen(0, async () => {
  const alice = client('alice');
  await alice.expect(/^welcome/);
  const bob = client('bob');
  await bob.expect(/^welcome/);
  await alice.expect(/bob joined/);
  const carol = client('carol');
  await carol.expect(/^welcome/);
  await alice.expect(/carol joined/);
  await bob.expect(/carol joined/);
  for (const [who, text] of [[alice, 'hi all'], [bob, 'hello alice'], [carol, 'hey']]) {
    const others = [alice, bob, carol].filter((c) => c !== who);
    who.write(text + '\n');
    await who.expect(/^ok$/);
    for (const c of others) await c.expect(new RegExp(text + '$'));
  }
  bob.end();
  await alice.expect(/bob left/);
  await carol.expect(/bob left/);
  alice.end();
  await carol.expect(/alice left/);
  carol.end();
  carol.on('close', () => {
    for (const [n, c] of [['alice', alice], ['bob', bob], ['carol', carol]]) {
      console.log(n + ' heard:\n  ' + c.heard.join('\n  '));
    }
    server.close();
  });
});
