// A TCP port forwarder: every connection to the listening port is piped
// to a target host and port, both ways, with the ends of stream passed
// along (half-open connections stay half-open).
//
//   node port-forwarder.js 8080 example.com 80   forward until stopped
//   node port-forwarder.js                       demo: forward to a local
//                                                "upper-case" server
//
// Runs unchanged under node and nodeshim.
'use strict';
const net = require('node:net');
const { pipeline } = require('node:stream');

function forwarder(targetHost, targetPort) {
  return net.createServer({ allowHalfOpen: true }, (inbound) => {
    const outbound = net.connect({ host: targetHost, port: targetPort, allowHalfOpen: true });
    const done = (err) => {
      if (err && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') console.log(`[forwarder] ${err.message}`);
      inbound.destroy();
      outbound.destroy();
    };
    pipeline(inbound, outbound, () => {});
    pipeline(outbound, inbound, done);
  });
}

const [listenPort, targetHost, targetPort] = process.argv.slice(2);
if (listenPort !== undefined) {
  const fwd = forwarder(targetHost || '127.0.0.1', Number(targetPort));
  fwd.listen(Number(listenPort), () => {
    console.log(`forwarding port ${fwd.address().port} to ${targetHost}:${targetPort}`);
  });
} else {
  demo();
}

function demo() {
  // The target: answers each request in upper case once the request ends.
  const upper = net.createServer({ allowHalfOpen: true }, (s) => {
    let text = '';
    s.setEncoding('utf8');
    s.on('data', (d) => { text += d; });
    s.on('end', () => s.end(text.toUpperCase()));
  });
  upper.listen(0, '127.0.0.1', () => {
    const fwd = forwarder('127.0.0.1', upper.address().port);
    fwd.listen(0, '127.0.0.1', () => {
      const client = net.connect(fwd.address().port, '127.0.0.1', () => {
        client.end('through the forwarder and back');
      });
      let reply = '';
      client.setEncoding('utf8');
      client.on('data', (d) => { reply += d; });
      client.on('close', () => {
        console.log(`[client] reply: ${reply}`);
        fwd.close();
        upper.close(() => console.log('done'));
      });
    });
  });
}
