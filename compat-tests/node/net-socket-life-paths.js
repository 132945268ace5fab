'use strict';
// A socket's life through the stream calls it makes: read(0) and resume()
// once connected, end() in 'connect' (not half-open, and half-open), the
// peer's end, autoDestroy's destroy and 'close'; destroy() twice with
// callbacks; destroy() in an 'end' listener; end() with a write still
// queued; end(data) while connecting and in a 'data' listener. Each
// socket's own events are logged in order and printed per case once both
// sides have closed (the two sides' interleaving is the kernel's
// business).
const net = require('net');

const cases = [];
function test(name, fn) { cases.push([name, fn]); }
function run() {
  const next = cases.shift();
  if (!next) return;
  const [name, fn] = next;
  const logs = { client: [], server: [] };
  const finish = () => {
    for (const side of ['client', 'server']) console.log(name, side + ':', logs[side].join(', '));
    setImmediate(run);
  };
  fn((side) => (...a) => logs[side].push(a.join(' ')), finish);
}

function watch(sock, log) {
  for (const ev of ['end', 'prefinish', 'finish', 'close', 'error']) {
    sock.on(ev, (arg) => log(ev + (arg instanceof Error ? ' ' + arg.code : arg === true ? ' hadError' : '')));
  }
}

function pair(serverOpts, onServer, onClient, finish) {
  let closed = 0;
  const both = () => { if (++closed === 2) server.close(finish); };
  const server = net.createServer(serverOpts, (s) => {
    s.on('close', both);
    onServer(s);
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('close', both);
    onClient(c);
  });
}

test('plain cycle', (logOf, finish) => {
  const cl = logOf('client');
  const sl = logOf('server');
  pair({}, (s) => {
    watch(s, sl);
    s.resume();
    sl('flowing ' + s.readableFlowing);
  }, (c) => {
    watch(c, cl);
    c.on('connect', () => {
      cl('connect read(0) ' + c.read(0) + ' needReadable ' + c._readableState.needReadable);
      cl('end returns this ' + (c.end() === c) + ' ended ' + c.writableEnded + ' finished ' + c.writableFinished);
      process.nextTick(() => cl('tick after end'));
    });
    c.on('end', () => cl('in end: writable ' + c.writable + ' destroyed ' + c.destroyed));
    c.on('close', () => cl('closed ' + c.closed + ' destroyed ' + c.destroyed + ' ' + c._readableState.closeEmitted + ' ' + c._writableState.closeEmitted));
    c.resume();
    cl('resumed ' + c.readableFlowing + ' ' + c._readableState.resumeScheduled);
  }, finish);
});

test('half-open server', (logOf, finish) => {
  const cl = logOf('client');
  const sl = logOf('server');
  pair({ allowHalfOpen: true }, (s) => {
    watch(s, sl);
    s.on('end', () => {
      sl('writable after end ' + s.writable);
      setImmediate(() => s.end('bye'));
    });
    s.resume();
  }, (c) => {
    watch(c, cl);
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => cl('got ' + got));
    c.on('connect', () => c.end());
  }, finish);
});

test('destroy twice', (logOf, finish) => {
  const cl = logOf('client');
  const sl = logOf('server');
  pair({}, (s) => {
    watch(s, sl);
    s.resume();
  }, (c) => {
    watch(c, cl);
    c.on('connect', () => {
      cl('destroy returns this ' + (c.destroy(null, (err) => cl('first cb ' + err)) === c));
      c.destroy(undefined, (...a) => cl('second cb ' + a.length));
      cl('destroyed ' + c.destroyed + ' closed ' + c.closed);
      process.nextTick(() => cl('tick'));
    });
  }, finish);
});

test('destroy in end', (logOf, finish) => {
  const cl = logOf('client');
  const sl = logOf('server');
  pair({}, (s) => {
    watch(s, sl);
    s.on('end', () => { s.destroy(); sl('destroyed in end ' + s.destroyed); });
    s.resume();
  }, (c) => {
    watch(c, cl);
    c.resume();
    c.on('connect', () => c.end());
  }, finish);
});

test('end with a write queued', (logOf, finish) => {
  const cl = logOf('client');
  const sl = logOf('server');
  let bytes = 0;
  pair({}, (s) => {
    watch(s, sl);
    s.on('data', (d) => { bytes += d.length; });
    s.on('end', () => sl('bytes ' + bytes));
  }, (c) => {
    watch(c, cl);
    c.resume();
    c.on('connect', () => {
      const big = Buffer.alloc(8 << 20, 1);
      c.write(big, () => cl('write cb'));
      c.end();
      cl('ended ' + c.writableEnded + ' finished ' + c.writableFinished);
    });
  }, finish);
});

test('end with data', (logOf, finish) => {
  // (Which comes first on either side, its 'end' or its 'finish', is the
  // kernel's business here: only what each side ends with is printed.)
  const cl = logOf('client');
  const sl = logOf('server');
  const closed = (sock, log) => sock.on('close', (hadError) => {
    log('close ' + hadError + ' finished ' + sock.writableFinished + ' ended ' + sock.readableEnded);
  });
  pair({}, (s) => {
    closed(s, sl);
    s.on('data', (d) => {
      sl('data ' + d + ' end returns this ' + (s.end(d) === s) + ' ended ' + s.writableEnded);
    });
  }, (c) => {
    closed(c, cl);
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => cl('got ' + got));
    c.end('hello');
    cl('ended while connecting ' + c.writableEnded + ' length ' + c.writableLength);
  }, finish);
});

run();
