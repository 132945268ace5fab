// setEncoding decodes across packet boundaries: a multi-byte character
// split between two writes arrives whole, in utf8, utf16le, hex and
// base64.
'use strict';
const net = require('net');

const text = 'a€b😀c';
const bytes = Buffer.from(text);

function trial(encoding, payload) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.setNoDelay(true);
      // One byte at a time, each in its own packet.
      let i = 0;
      const tick = () => {
        if (i === payload.length) {
          s.end();
          return;
        }
        s.write(payload.subarray(i, i + 1));
        i++;
        setTimeout(tick, 2);
      };
      tick();
    });
    server.listen(0, () => {
      const c = net.connect(server.address().port);
      c.setEncoding(encoding);
      const parts = [];
      c.on('data', (d) => parts.push(d));
      c.on('end', () => {
        console.log(encoding, typeof parts[0], JSON.stringify(parts.join('')));
        server.close(resolve);
      });
    });
  });
}

(async () => {
  await trial('utf8', bytes);
  await trial('utf16le', Buffer.from(text, 'utf16le'));
  await trial('hex', bytes);
  await trial('base64', bytes);
  await trial('latin1', bytes);
})();
