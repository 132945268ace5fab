// 8 MiB through three forwarding hops built with stream.pipeline (client
// -> hop -> hop -> hop -> sink server): the sink's SHA-256 matches the
// client's, every hop's pipelines complete without error, and the sink's
// reply flows back through all hops.
'use strict';
const net = require('net');
const crypto = require('crypto');
const { pipeline } = require('stream');

const data = crypto.createHash('sha256').update('multi-hop').digest();
const block = Buffer.alloc(1 << 20);
for (let off = 0; off < block.length; off += data.length) data.copy(block, off);
const want = crypto.createHash('sha256');
for (let i = 0; i < 8; i++) want.update(block);
const wantHex = want.digest('hex');

const results = [];
const sink = net.createServer((s) => {
  const h = crypto.createHash('sha256');
  let n = 0;
  s.on('data', (d) => { n += d.length; h.update(d); });
  s.on('end', () => s.end(n + ' ' + (h.digest('hex') === wantHex)));
});

function hop(target) {
  const server = net.createServer({ allowHalfOpen: true }, (inbound) => {
    const outbound = net.connect({ port: target.address().port, host: '127.0.0.1', allowHalfOpen: true });
    pipeline(inbound, outbound, (err) => results.push('forward ' + (err ? err.code : 'ok')));
    pipeline(outbound, inbound, (err) => results.push('back ' + (err ? err.code : 'ok')));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

sink.listen(0, '127.0.0.1', async () => {
  const h1 = await hop(sink);
  const h2 = await hop(h1);
  const h3 = await hop(h2);
  const c = net.connect({ port: h3.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    let i = 0;
    (function write() {
      while (i < 8) {
        i++;
        if (!c.write(block)) return c.once('drain', write);
      }
      c.end();
    })();
  });
  let reply = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { reply += d; });
  c.on('close', () => {
    console.log('sink says', reply);
    setTimeout(() => {
      console.log(results.sort().join(', '));
      for (const s of [h1, h2, h3, sink]) s.close();
    }, 50);
  });
});
