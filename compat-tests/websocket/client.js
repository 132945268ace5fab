// One WebSocket client script, run under nodeshim and under
// `node --experimental-websocket` (Node 20's global WebSocket, undici)
// against the same peer, which must print the same lines under both. The
// peer is at WS_URL and, over TLS, WSS_URL (see the Go test's
// startGoServer and ws-server.js):
// /echo echoes and obeys the text commands "burst", "close CODE REASON"
// and "drop"; /raw?frame=HEX sends the frame HEX after the handshake.
//
// Left out, because Node 20's undici departs from the WHATWG API there
// (nodeshim follows the API): a refused handshake and close() while
// connecting (undici never fires close), close(undefined, reason) (undici
// sends no code; the API sends 1000), send() once closing (undici leaves
// bufferedAmount alone), readyState during error, Event.isTrusted (false
// in undici), and send()'s result (nodeshim's Socket returns a hint).
'use strict';
const { createHash } = require('crypto');
const base = process.env.WS_URL;

// Lines are printed in order even when describing a Blob takes a turn.
let printed = Promise.resolve();
function print(...parts) {
  printed = printed.then(() => Promise.all(parts)).then((p) => console.log(p.join(' ')));
  return printed;
}
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
async function describe(data) {
  if (typeof data === 'string') return 'text ' + Buffer.byteLength(data) + ' ' + hash(Buffer.from(data));
  if (data instanceof ArrayBuffer) return 'arraybuffer ' + data.byteLength + ' ' + hash(new Uint8Array(data));
  if (data instanceof Blob) {
    const bytes = new Uint8Array(await data.arrayBuffer());
    return 'blob ' + data.size + ' ' + JSON.stringify(data.type) + ' ' + hash(bytes);
  }
  return 'unexpected ' + Object.prototype.toString.call(data);
}
function thrown(fn) {
  try {
    fn();
    return 'no exception';
  } catch (e) {
    return e.name + ' ' + (e instanceof DOMException) + ' ' + e.code;
  }
}

// session opens a WebSocket on path (relative to WS_URL, or a URL),
// prints its events under label, runs onopen's steps and resolves once
// close has fired (and been printed).
function session(label, path, protocols, { onopen, onmessage, before } = {}) {
  return new Promise((resolve) => {
    const url = new URL(path, base).href;
    const ws = protocols === undefined ? new WebSocket(url) : new WebSocket(url, protocols);
    const p = (...parts) => print(label, ...parts);
    p('new', ws.readyState, ws.url === url, JSON.stringify(ws.protocol), JSON.stringify(ws.extensions),
      ws.binaryType, ws.bufferedAmount);
    if (before) before(ws, p);
    ws.onopen = (e) => {
      p('open', e.type, ws.readyState, JSON.stringify(ws.protocol), JSON.stringify(ws.extensions));
      if (onopen) onopen(ws, p);
    };
    ws.onmessage = (e) => {
      p('message', e.type, JSON.stringify(e.origin) === JSON.stringify(new URL(url).origin), describe(e.data));
      if (onmessage) onmessage(ws, p, e.data);
    };
    // (readyState is not printed here: the WHATWG API is CLOSED by the
    // time error fires, Node 20's undici fires it earlier.)
    ws.onerror = (e) => p('error', e.type);
    ws.onclose = (e) => {
      p('close', e.type, e.code, JSON.stringify(e.reason), e.wasClean, ws.readyState, ws.bufferedAmount);
      // (The WHATWG API adds what send() is given once closing to
      // bufferedAmount; Node 20's undici does not, so only the lack of an
      // exception is printed.)
      p('send after close', thrown(() => ws.send('12345')), ws.readyState);
      printed.then(resolve);
    };
  });
}

const bigText = 'grüße, 世界 '.repeat(100_000);
const bigBinary = new Uint8Array(3 << 20).map((_, i) => (i * 13 + (i >> 10)) & 0xff);

async function main() {
  // The constructor's checks.
  print('ftp: URL', thrown(() => new WebSocket('ftp://127.0.0.1/')));
  print('fragment', thrown(() => new WebSocket(base + '/echo#part')));
  print('relative URL', thrown(() => new WebSocket('/echo')));
  print('repeated protocol', thrown(() => new WebSocket(base + '/echo', ['chat', 'chat'])));
  print('repeated protocol, other case', thrown(() => new WebSocket(base + '/echo', ['chat', 'CHAT'])));
  print('protocol not a token', thrown(() => new WebSocket(base + '/echo', 'a b')));
  print('own members', Object.getOwnPropertyNames(WebSocket.prototype).sort().join(','),
    Object.getOwnPropertyNames(WebSocket).filter((n) => /^[A-Z]+$/.test(n)).sort().join(','));
  print('constants', WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED,
    WebSocket.prototype.CLOSED);
  // Argument checks while connecting, then everything the echo peer does.
  let bursts = 0;
  await session('echo', '/echo', ['superchat', 'chat'], {
    before(ws, p) {
      p('send while connecting', thrown(() => ws.send('early')));
      p('close(1001)', thrown(() => ws.close(1001)));
      p('close(2999)', thrown(() => ws.close(2999)));
      p('close(5000)', thrown(() => ws.close(5000)));
      p('close(3000, 124 bytes)', thrown(() => ws.close(3000, 'é'.repeat(62))));
      p('close(1000, 124 bytes)', thrown(() => ws.close(1000, 'x'.repeat(124))));
      p('still', ws.readyState);
    },
    onopen(ws, p) {
      // bufferedAmount counts what send() was given (UTF-8 bytes for
      // text) until a later task, however fast the network takes it.
      const sizes = [ws.bufferedAmount];
      for (const data of ['hello', '', 'ünïcødé € 😀', new Uint8Array([1, 2, 3]).buffer,
        new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]).subarray(2, 6), new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2),
        new Uint16Array([0x0102, 0x0304]), new Blob(['blob ', new Uint8Array([65, 66])]), bigText, bigBinary, 'burst']) {
        ws.send(data);
        sizes.push(ws.bufferedAmount);
      }
      p('bufferedAmount while sending', sizes.join(' '));
      Promise.resolve().then(() => p('bufferedAmount in a microtask', ws.bufferedAmount));
    },
    onmessage(ws, p, data) {
      if (data !== 'burst done') return;
      p('bufferedAmount once all is echoed', ws.bufferedAmount);
      bursts++;
      if (bursts === 1) {
        ws.binaryType = 'string';
        p('binaryType', ws.binaryType);
        ws.binaryType = 'arraybuffer';
        p('binaryType', ws.binaryType);
        ws.send('burst');
        return;
      }
      ws.binaryType = 'blob';
      p('binaryType', ws.binaryType);
      ws.send(new Uint8Array([42]));
      ws.send('close 4000 server reason €');
    },
  });
  // WebIDL: send() takes any value that is not a Blob or buffer as text;
  // handler attributes take only functions and objects; listeners may be
  // objects with handleEvent, and once.
  await session('webidl', '/echo', 'chat', {
    before(ws, p) {
      p('names', String(ws), WebSocket.name, WebSocket.length, String(ws.onmessage), String(ws.onopen));
      ws.onerror = 5;
      p('onerror = 5', String(ws.onerror));
      ws.addEventListener('message', { handleEvent(e) { p('handleEvent', e.type, this !== ws, e.target === ws); } });
      ws.addEventListener('message', (e) => p('once', e.type), { once: true });
    },
    onopen(ws) {
      for (const v of [undefined, null, 12, {}, [1, 2], true, '\ud800x']) ws.send(v);
      ws.send('close 1000');
    },
  });
  // close()'s code is a [Clamp] unsigned short.
  for (const [label, code, reason] of [['null', null], ['NaN', NaN], ['"3000"', '3000'], ['3000.5', 3000.5],
    ['3001.5', 3001.5], ['-1', -1], ['66536', 66536], ['1000, null', 1000, null],
    ['object', { valueOf: () => 4000 }, { toString: () => 'why' }]]) {
    await session('close(' + label + ')', '/echo', undefined, {
      onopen(ws, p) {
        const t = thrown(() => ws.close(code, reason));
        p('close(' + label + ')', t, ws.readyState);
        if (t !== 'no exception') ws.close(1000, 'then');
      },
    });
  }
  // The script closes, with and without a code and reason.
  await session('close 3000', '/echo', 'chat', {
    onopen(ws, p) {
      ws.close(3000, 'bye');
      p('after close', ws.readyState, ws.bufferedAmount);
      ws.close(4000, 'again');
      p('close again', ws.readyState);
    },
  });
  await session('close()', '/echo', [], { onopen: (ws) => ws.close() });
  await session('close 1000', '/echo', undefined, { onopen: (ws) => ws.close(1000, 'done \u20ac') });
  await session('close 4999', '/echo', ['chat'], { onopen: (ws) => ws.close(4999, 'x'.repeat(123)) });
  // wss: the peer's certificate is from a CA that NODE_EXTRA_CA_CERTS
  // (node) and SSL_CERT_FILE (nodeshim) name.
  await session('wss', process.env.WSS_URL + '/echo', ['superchat'], {
    onopen(ws) {
      ws.send('secure ✓');
      ws.send(bigBinary);
      ws.send('close 4002 tls bye');
    },
  });
  // The peer closes, or hangs up without a close frame.
  await session('peer 1001', '/echo', undefined, { onopen: (ws) => ws.send('close 1001 going away') });
  await session('peer 4321', '/echo', undefined, { onopen: (ws) => ws.send('close 4321') });
  await session('peer drop', '/echo', undefined, { onopen: (ws) => ws.send('drop') });
  // Frames no library would send: a close frame without a code, and
  // protocol errors that fail the connection.
  const raw = (hex) => '/raw?frame=' + hex;
  await session('peer close without code', raw('8800'), undefined);
  await session('peer invalid utf-8', raw('8102fffe'), undefined);
  await session('peer masked frame', raw('8182010203046967'), undefined);
  await session('peer reserved opcode', raw('8300'), undefined);
  await session('peer close code 1005', raw('880203ed'), undefined);
  await session('peer fragmented ping', raw('0900'), undefined);
  await session('peer continuation first', raw('800168'), undefined);
  await session('peer rsv1 without extension', raw('c10168'), undefined);
  await session('peer reserved control opcode', raw('8b00'), undefined);
  await session('peer ping of 126 bytes', raw('897e007e' + '61'.repeat(126)), undefined);
  await session('peer close code 999', raw('880203e7'), undefined);
  await session('peer close reason invalid utf-8', raw('880403e8fffe'), undefined);
  await session('peer text split mid-character, then close', raw('0101c3' + '8001a9' + '880803e8c3a9e282ac21'),
    undefined);
  await session('peer ping then text then close', raw('89026869' + '81026869' + '880203e8'), undefined);
  // URLs as the URL Standard parses them: the url attribute shows what the
  // handshake asked for.
  const hostPort = new URL(base).host;
  for (const form of ['WS://HOST/a/./b/../../echo?x=1', 'ws://HOST/echo?', 'http://HOST/echo', 'ws://u:p@HOST/echo',
    'ws://0x7f.1:PORT/echo', 'ws://127.1:PORT/echo?q=a b']) {
    await new Promise((resolve) => {
      const ws = new WebSocket(form.replace('HOST', hostPort).replace('PORT', new URL(base).port));
      print('url', form, ws.url.replace(hostPort, 'HOST').replace(new URL(base).port, 'PORT'));
      ws.onopen = () => ws.close();
      ws.onclose = (e) => print('url', form, 'closed', e.code, e.wasClean).then(resolve);
    });
  }
  // (A refused handshake and close() while connecting are left to the W3C
  // scripts: Node 20's undici fires error but never close for them.)
}
main();
