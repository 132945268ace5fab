'use strict';
// What a 'message' listener gets, and who emits it: rinfo's prototype, keys
// and property flags, the Buffer's shape, a socket's own emit and a patched
// Socket.prototype.emit (both see 'message' with its arguments).
const dgram = require('dgram');

const receiver = dgram.createSocket('udp4');
const sender = dgram.createSocket('udp4');
let step = 0;

receiver.on('message', (msg, rinfo, ...rest) => {
  step++;
  console.log('message', step, msg.toString(), msg.length, Buffer.isBuffer(msg), rest.length);
  console.log(' rinfo', Object.getPrototypeOf(rinfo) === Object.prototype, Reflect.ownKeys(rinfo).join(),
    JSON.stringify(Object.getOwnPropertyDescriptor(rinfo, 'size')), rinfo.family, rinfo.size,
    rinfo.port === sender.address().port, typeof rinfo.port, rinfo.address);
  if (step === 1) {
    receiver.emit = function (ev, ...args) {
      console.log('own emit', ev, args.length, String(args[0]));
      return dgram.Socket.prototype.emit.call(this, ev, ...args);
    };
    sender.send('two');
  } else if (step === 2) {
    delete receiver.emit;
    const emit = dgram.Socket.prototype.emit;
    dgram.Socket.prototype.emit = function (ev, ...args) {
      if (ev === 'message') console.log('prototype emit', ev, args[1].size);
      return emit.call(this, ev, ...args);
    };
    sender.send('three!');
  } else if (step === 3) {
    delete dgram.Socket.prototype.emit;
    sender.send(Buffer.alloc(0));
  } else {
    receiver.close();
    sender.close();
  }
});

receiver.bind(0, '127.0.0.1', () => {
  sender.connect(receiver.address().port, '127.0.0.1', () => sender.send('one'));
});
