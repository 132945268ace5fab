// The npm ws package as a client, run under node, of server.js (a
// nodeshim TCPServerSocket with webSocket). Its sessions, one after the
// other: every kind of message, echoed and checked, with permessage-deflate
// and a subprotocol, then its own close; deflate with window and context
// takeover parameters; a plain one that the server
// closes; frames that break the protocol, written straight to the socket,
// which the server must answer with 1002 or 1007; and the shutdown. It
// prints one JSON line per session.
'use strict';
const WebSocket = require('ws');
const url = process.argv[2];

const pattern = (n, step) => Buffer.alloc(n).map((_, i) => (i * step) & 0xff);

// session connects, runs onopen, checks the echoes of what it sent with
// expect(), runs echoed (by default: close with 4000) once all are back,
// and resolves with what it saw once closed.
function session(label, protocols, options, onopen, echoed = (ws) => ws.close(4000, 'client bye')) {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, protocols, options);
    const seen = { label, echoed: 0, mismatches: 0, pongs: 0, errors: [] };
    const expected = [];
    const expect = (data, binary) => expected.push([Buffer.from(data), binary]);
    ws.on('open', () => {
      seen.protocol = ws.protocol;
      seen.extensions = ws.extensions;
      onopen(ws, expect);
    });
    ws.on('upgrade', (res) => { seen.accepted = res.headers['sec-websocket-extensions'] || ''; });
    ws.on('pong', () => seen.pongs++);
    ws.on('message', (data, isBinary) => {
      const [want, binary] = expected[seen.echoed++] || [];
      if (!want || binary !== isBinary || !want.equals(data)) seen.mismatches++;
      if (seen.echoed === expected.length) echoed(ws);
    });
    ws.on('error', (err) => seen.errors.push(err.code || err.message));
    ws.on('close', (code, reason) => {
      console.log(JSON.stringify({ ...seen, code, reason: reason.toString() }));
      resolve();
    });
  });
}

// A masked frame (key 0, so the payload is as given) or an unmasked one.
const frame = (first, payload, masked = true) =>
  Buffer.concat([Buffer.from(masked ? [first, 0x80 | payload.length, 0, 0, 0, 0] : [first, payload.length]),
    Buffer.from(payload)]);
const violation = (label, bytes) => session(label, [], { perMessageDeflate: false }, (ws) => ws._socket.write(bytes));

(async () => {
  await session('messages', ['superchat', 'chat'], {}, (ws, expect) => {
    const send = (data, binary, fin = true) => ws.send(data, { binary, fin });
    for (const [data, binary] of [['hello', false], [Buffer.from([1, 2, 3]), true], ['', false],
      [Buffer.alloc(0), true], ['grüße '.repeat(300000), false], [pattern(5 << 20, 7), true]]) {
      send(data, binary);
      expect(data, binary);
    }
    send('frag', false, false);
    send('men', false, false);
    send('ted ✓', false, true);
    expect('fragmented ✓', false);
    send(pattern(70000, 3), true, false);
    send(pattern(10, 5), true, true);
    expect(Buffer.concat([pattern(70000, 3), pattern(10, 5)]), true);
    ws.ping('are you there');
  });
  // Deflate parameters the server must honour or decline: a smaller
  // window for the server's compressor, no context takeover.
  for (const [label, deflate] of [['server window 10', { serverMaxWindowBits: 10, threshold: 0 }],
    ['client window 9', { clientMaxWindowBits: 9, threshold: 0 }],
    ['no context takeover', { serverNoContextTakeover: true, clientNoContextTakeover: true, threshold: 0 }]]) {
    // Repeats 20000 bytes apart: a compressor with a larger window than
    // agreed would reach back further than the peer's inflater can.
    const far = Buffer.concat(Array(10).fill(Buffer.alloc(20000).map((_, i) => (i * i + (i >> 5)) & 0xff)));
    await session(label, ['chat'], { perMessageDeflate: deflate }, (ws, expect) => {
      for (const data of ['abc'.repeat(50000), far, far.toString('hex')]) {
        ws.send(data);
        expect(data, typeof data !== 'string');
      }
    });
  }
  await session('server closes', [], { perMessageDeflate: false }, (ws, expect) => {
    ws.send('echo me');
    expect('echo me', false);
  }, (ws) => ws.send('close 4001 server bye €'));
  // The server speaks none of the subprotocols offered: it answers
  // without one, and the ws client, as RFC 6455 lets it, gives up.
  await session('no common subprotocol', ['nope'], { perMessageDeflate: false }, () => {});
  // The client vanishes without a close frame.
  await session('terminated', [], { perMessageDeflate: false }, (ws) => ws.terminate());
  await violation('unmasked frame', frame(0x81, [0x68, 0x69], false));
  await violation('invalid utf-8', frame(0x81, [0xff, 0xfe]));
  await violation('reserved opcode', frame(0x83, []));
  await violation('rsv1 without deflate', frame(0xc1, [0x68]));
  await violation('fragmented ping', frame(0x09, []));
  await violation('close code 1005', frame(0x88, [0x03, 0xed]));
  await violation('invalid utf-8 close reason', frame(0x88, [0x03, 0xe8, 0xff]));
  await violation('continuation first', frame(0x80, [0x68]));
  await session('shutdown', [], {}, (ws) => ws.send('shutdown'));
})();
