// A UDP chat relay: peers register with "join <name>", and every message
// a peer sends is relayed to all other registered peers with the sender's
// name; "leave" unregisters. Three clients on 127.0.0.1.
'use strict';
const dgram = require('dgram');

const relay = dgram.createSocket('udp4');
const members = new Map();
relay.on('message', (msg, rinfo) => {
  const key = rinfo.address + ':' + rinfo.port;
  const text = String(msg);
  if (text.startsWith('join ')) {
    members.set(key, { name: text.slice(5), port: rinfo.port, address: rinfo.address });
    relay.send('welcome ' + text.slice(5) + ', ' + members.size + ' here', rinfo.port, rinfo.address);
    return;
  }
  const from = members.get(key);
  if (text === 'leave') {
    members.delete(key);
    relay.send('bye ' + from.name, rinfo.port, rinfo.address);
    return;
  }
  for (const [k, m] of members) {
    if (k !== key) relay.send(from.name + ': ' + text, m.port, m.address);
  }
});

const log = { ann: [], bob: [], cat: [] };
function client(name) {
  const s = dgram.createSocket('udp4');
  s.on('message', (m) => {
    log[name].push(String(m));
    s.emit('got');
  });
  return s;
}
const clients = { ann: client('ann'), bob: client('bob'), cat: client('cat') };

// Each step sends one datagram and waits for the replies it causes.
function step(name, text, expect) {
  return new Promise((resolve) => {
    let waiting = expect.length;
    const done = () => {
      if (--waiting === 0) {
        for (const n of expect) clients[n].removeListener('got', done);
        resolve();
      }
    };
    for (const n of expect) clients[n].on('got', done);
    clients[name].send(text, relay.address().port, '127.0.0.1');
  });
}

relay.bind(0, '127.0.0.1', async () => {
  for (const s of Object.values(clients)) await new Promise((r) => s.bind(0, '127.0.0.1', r));
  await step('ann', 'join ann', ['ann']);
  await step('bob', 'join bob', ['bob']);
  await step('ann', 'hi bob', ['bob']);
  await step('cat', 'join cat', ['cat']);
  await step('bob', 'hello all', ['ann', 'cat']);
  await step('ann', 'leave', ['ann']);
  await step('cat', 'ann left?', ['bob']);
  for (const [n, lines] of Object.entries(log)) console.log(n, JSON.stringify(lines));
  for (const s of Object.values(clients)) s.close();
  relay.close();
});
