'use strict';
// A listener may keep the arguments it was called with: a Proxy listener's
// apply trap gets them as an array, which it can store; a later event must
// not change what an earlier one delivered. Socket 'data' (Buffers and,
// with setEncoding, strings), a Readable's 'data' and dgram 'message'.
const net = require('net');
const dgram = require('dgram');
const { Readable } = require('stream');

function keeper(kept) {
  return new Proxy(function () {}, { apply(target, self, args) { kept.push(args); } });
}
const show = (kept) => kept.map((args) => args.length + ':' + String(args[0])).join(' ');

function readable(done) {
  const kept = [];
  const r = new Readable({ read() {} });
  r.on('data', keeper(kept));
  r.on('end', () => {
    console.log('readable', show(kept));
    done();
  });
  r.push('a');
  r.push('b');
  setImmediate(() => {
    r.push('c');
    r.push(null);
  });
}

function tcp(encoding, done) {
  const kept = [];
  const server = net.createServer((s) => {
    if (encoding) s.setEncoding(encoding);
    s.on('data', keeper(kept));
    s.on('data', () => s.write('ack'));
    s.on('end', () => {
      console.log('tcp', encoding || 'buffer', kept.length, show(kept));
      s.end();
      server.close(done);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let i = 0;
    const next = () => (i < 3 ? c.write('m' + i++) : c.end());
    c.on('connect', next);
    c.on('data', next); // one message in flight: each arrives as one chunk
    c.resume();
  });
}

function udp(done) {
  const kept = [];
  const receiver = dgram.createSocket('udp4');
  const sender = dgram.createSocket('udp4');
  receiver.on('message', keeper(kept));
  receiver.on('message', () => {
    if (kept.length < 3) {
      sender.send('d' + kept.length);
      return;
    }
    console.log('udp', kept.map((args) => args.length + ':' + String(args[0]) + ':' + typeof args[1].port).join(' '));
    receiver.close();
    sender.close(done);
  });
  receiver.bind(0, '127.0.0.1', () => {
    sender.connect(receiver.address().port, '127.0.0.1', () => sender.send('d0'));
  });
}

readable(() => tcp(null, () => tcp('utf8', () => udp(() => console.log('done')))));
