// Members called on the wrong object throw TypeError "Illegal invocation".
const { thrown } = require('./lib/harness.js');
const desc = (C, name) => Object.getOwnPropertyDescriptor(C.prototype, name);
const u = new UDPSocket('127.0.0.1', 0);
const cases = [
  () => desc(Socket, 'readyState').get.call({}),
  () => Socket.prototype.send.call({}, 'x'),
  () => Socket.prototype.close.call(new EventTarget()),
  () => TCPSocket.prototype.halfClose.call(u),
  () => desc(TCPSocket, 'ssl').get.call(u),
  () => UDPSocket.prototype.setPeer.call({}, null),
  () => desc(UDPSocket, 'joinedGroups').get.call({}),
  () => desc(TCPServerSocket, 'localPort').get.call(u),
  () => desc(MessageEvent, 'data').get.call(new Event('x')),
  () => desc(Blob, 'size').get.call({}),
];
for (const c of cases) console.log(thrown(c));
u.close();
