'use strict';
// udp6 on ::1, and a dual-stack udp6 socket receiving from a udp4 client:
// the sender shows in its IPv4-mapped form.
const dgram = require('dgram');

function echoOnce(server, done) {
  server.on('message', (msg, rinfo) => {
    console.log('got', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
    server.send(msg, rinfo.port, rinfo.address);
  });
  server.on('close', done);
}

const six = dgram.createSocket('udp6');
echoOnce(six, () => {
  const dual = dgram.createSocket({ type: 'udp6' });
  echoOnce(dual, () => console.log('done'));
  dual.bind(0, () => {
    console.log('dual bound', dual.address().address, dual.address().family);
    const client = dgram.createSocket('udp4');
    client.on('message', (msg, rinfo) => {
      console.log('udp4 client got', msg.toString(), rinfo.address, rinfo.family);
      client.close();
      dual.close();
    });
    client.send('to dual stack', dual.address().port, '127.0.0.1');
  });
});
six.bind(0, '::1', () => {
  console.log('udp6 bound', six.address().address, six.address().family);
  const client = dgram.createSocket('udp6');
  client.on('message', (msg, rinfo) => {
    console.log('udp6 client got', msg.toString(), rinfo.address, rinfo.family);
    client.close();
    six.close();
  });
  client.send('over ::1', six.address().port, '::1');
});
