// No event is dispatched from inside a constructor or a method call: a
// listener attached after the call still sees the event, and close() returns
// before close fires.
const { port } = require('./lib/harness.js');
const udp = [];
const tcp = [];
const u = new UDPSocket('127.0.0.1', 0);
udp.push('constructed');
u.onopen = () => {
  udp.push('open');
  u.close();
  udp.push('close() returned, readyState ' + u.readyState);
};
u.onclose = () => udp.push('close event');
const t = new TCPSocket('127.0.0.1', port('ECHO'));
tcp.push('constructed');
t.onopen = () => {
  tcp.push('open');
  t.close();
  tcp.push('close() returned, readyState ' + t.readyState);
};
t.onclose = () => {
  tcp.push('close event');
  setTimeout(() => console.log('udp: ' + udp.join(', ') + '\ntcp: ' + tcp.join(', ')), 20);
};
