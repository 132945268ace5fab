// UDPMessageEvent carries the datagram's addresses under the proposal's
// names and everyone else's.
const e = new UDPMessageEvent('message', {
  data: 'd', remoteAddress: '192.0.2.1', remotePort: 5004, localAddress: '239.1.1.1', interface: 'eth0',
});
console.log(e.data, e.remoteAddress, e.address, e.remotePort, e.port, e.localAddress, e.interface);
console.log(e instanceof MessageEvent, e instanceof UDPMessageEvent, e instanceof Event);
const alias = new UDPMessageEvent('message', { address: '10.0.0.1', port: 1 });
console.log(alias.remoteAddress, alias.remotePort);
const empty = new UDPMessageEvent('message');
console.log(JSON.stringify([empty.remoteAddress, empty.remotePort, empty.localAddress, empty.interface, empty.data]));
try { new UDPMessageEvent('m', { remotePort: 65536 }); } catch (err) { console.log(err.name); }
const get = Object.getOwnPropertyDescriptor(UDPMessageEvent.prototype, 'remotePort').get;
try { get.call(new MessageEvent('m')); } catch (err) { console.log(err.name, err.message); }
