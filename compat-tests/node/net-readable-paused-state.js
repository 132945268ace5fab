// Paused-mode reading on a socket, step by step: the readable state's
// flags when 'readable' fires, after read() takes a chunk, after read()
// returns null, and a tick later; a handler that reads nothing (the chunk
// stays and 'readable' fires again with the next one); read() with a
// 'data' listener too; read() after 'end'; destroy from the handler; a
// reader below a small high water mark (push answers false, the socket
// stops reading until read() asks again); setEncoding; and a handler that
// throws (the read-ahead tick still runs where it was queued).
'use strict';
const net = require('net');

function flags(sock) {
  const s = sock._readableState;
  return ['reading', 'needReadable', 'emittedReadable', 'readingMore', 'dataEmitted', 'flowing', 'ended']
    .map((k) => `${k}=${s[k]}`).join(' ') + ` length=${s.length}`;
}

const steps = [];
let server;

// Each case gets a connection; the server answers "go:<n>" with n chunks
// of text, one per request, and ends on "end".
function serve(sock) {
  sock.setNoDelay(true);
  sock.on('data', (d) => {
    for (const line of d.toString().split('\n')) {
      if (line === 'end') sock.end();
      else if (line.startsWith('size:')) sock.write('x'.repeat(Number(line.slice(5))));
      else if (line) sock.write(`<${line}>`);
    }
  });
}

function connect(opts, fn) {
  const c = net.connect({ port: server.address().port, ...opts });
  c.setNoDelay(true);
  c.once('connect', () => fn(c));
  return c;
}

steps.push((next) => connect({}, (c) => {
  console.log('case read-loop');
  let n = 0;
  c.on('readable', () => {
    console.log(' readable', flags(c));
    let d;
    let got = '';
    while ((d = c.read()) !== null) {
      got += d;
      console.log(' took', JSON.stringify(d.toString()), flags(c));
    }
    console.log(' null', flags(c));
    process.nextTick(() => console.log(' tick', flags(c)));
    if (got && ++n < 3) c.write(`m${n}\n`);
    else if (got) c.write('end\n');
  });
  c.on('end', () => { console.log(' end', flags(c)); next(); });
  c.write('m0\n');
}));

steps.push((next) => connect({}, (c) => {
  console.log('case no-read');
  let fired = 0;
  c.on('readable', () => {
    fired++;
    console.log(' readable', fired, flags(c));
    if (fired === 1) {
      setTimeout(() => c.write('second\n'), 20);
      return;
    }
    console.log(' all', JSON.stringify(String(c.read())), flags(c));
    c.removeAllListeners('readable');
    c.resume();
    c.on('end', () => { console.log(' end'); next(); });
    c.write('end\n');
  });
  c.write('first\n');
}));

steps.push((next) => connect({}, (c) => {
  console.log('case data-listener');
  c.on('data', (d) => console.log(' data', JSON.stringify(d.toString()), flags(c)));
  c.on('readable', () => {
    console.log(' readable', flags(c));
    let d;
    while ((d = c.read()) !== null) console.log(' read', JSON.stringify(d.toString()));
    console.log(' null', flags(c));
  });
  c.on('end', () => { console.log(' end', flags(c), JSON.stringify(c.read())); next(); });
  c.write('a\n');
  setTimeout(() => c.write('end\n'), 20);
}));

steps.push((next) => connect({}, (c) => {
  console.log('case destroy-in-handler');
  c.on('readable', () => {
    console.log(' readable', flags(c));
    c.destroy();
    console.log(' destroyed', flags(c));
    process.nextTick(() => console.log(' tick', flags(c)));
  });
  c.on('close', () => { console.log(' close', flags(c)); next(); });
  c.write('bye\n');
}));

steps.push((next) => connect({ readableHighWaterMark: 16 }, (c) => {
  console.log('case small-mark', c.readableHighWaterMark);
  let total = 0;
  let sizes = [];
  c.on('readable', () => {
    let d;
    while ((d = c.read(10)) !== null) {
      total += d.length;
      sizes.push(d.length);
    }
    if (total === 200) {
      console.log(' got', total, 'in', sizes.length, 'reads', flags(c));
      c.write('end\n');
    }
  });
  c.on('end', () => { console.log(' end', total, flags(c)); next(); });
  c.write('size:200\n');
}));

steps.push((next) => connect({}, (c) => {
  console.log('case encoding');
  c.setEncoding('utf8');
  c.on('readable', () => {
    let d;
    while ((d = c.read()) !== null) console.log(' read', typeof d, JSON.stringify(d), flags(c));
  });
  c.on('end', () => { console.log(' end'); next(); });
  c.write('text\n');
  setTimeout(() => c.write('end\n'), 20);
}));

steps.push((next) => connect({}, (c) => {
  console.log('case throw-in-handler');
  let thrown = false;
  process.once('uncaughtException', (err) => {
    console.log(' uncaught', err.message, flags(c));
    process.nextTick(() => console.log(' tick from uncaught', flags(c)));
  });
  c.on('readable', () => {
    console.log(' readable', flags(c));
    if (!thrown) {
      thrown = true;
      process.nextTick(() => {
        console.log(' tick before throw', flags(c));
        console.log(' all', JSON.stringify(String(c.read())), flags(c));
        c.write('end\n');
      });
      throw new Error('from readable');
    }
    c.read();
  });
  c.on('end', () => { console.log(' end'); next(); });
  c.write('boom\n');
}));

server = net.createServer(serve);
server.listen(0, '127.0.0.1', () => {
  let i = 0;
  const next = () => {
    if (i < steps.length) steps[i++](next);
    else server.close();
  };
  next();
});
