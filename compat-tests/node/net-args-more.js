// More argument checks of net: connect's family, hints and timeout
// options; SocketAddress's address, port, family and flowlabel; BlockList
// rules with bad arguments; isIP with non-strings.
'use strict';
const net = require('net');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '-> ok', r && r.constructor ? r.constructor.name : r);
    if (r && typeof r.destroy === 'function') {
      r.on('error', () => {});
      r.destroy();
    }
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}

attempt('family 5', () => net.connect({ port: 80, host: 'localhost', family: 5 }));
attempt('family string', () => net.connect({ port: 80, host: 'localhost', family: 'x' }));
attempt('hints string', () => net.connect({ port: 80, host: 'localhost', hints: 'x' }));
attempt('hints bad bits', () => net.connect({ port: 80, host: 'localhost', hints: 12345 }));
attempt('timeout string', () => net.connect({ port: 80, host: '127.0.0.1', timeout: 'x' }));
attempt('SocketAddress address number', () => new net.SocketAddress({ address: 5 }));
attempt('SocketAddress port -1', () => new net.SocketAddress({ port: -1 }));
attempt('SocketAddress port string', () => new net.SocketAddress({ port: 'x' }));
attempt('SocketAddress family bad', () => new net.SocketAddress({ family: 'ipx' }));
attempt('SocketAddress flowlabel -1', () => new net.SocketAddress({ family: 'ipv6', flowlabel: -1 }));
attempt('SocketAddress flowlabel string', () => new net.SocketAddress({ family: 'ipv6', flowlabel: 'x' }));
attempt('SocketAddress not an object', () => new net.SocketAddress(5));
attempt('SocketAddress bad address', () => new net.SocketAddress({ address: 'nope' }));
const bl = new net.BlockList();
attempt('addAddress number', () => bl.addAddress(5));
attempt('addAddress bad family', () => bl.addAddress('1.2.3.4', 'ipx'));
attempt('addRange number', () => bl.addRange(1, 2));
attempt('addRange reversed', () => bl.addRange('10.0.0.9', '10.0.0.1'));
attempt('addSubnet prefix 33', () => bl.addSubnet('10.0.0.0', 33));
attempt('addSubnet prefix string', () => bl.addSubnet('10.0.0.0', '8'));
attempt('addSubnet v6 prefix 129', () => bl.addSubnet('::', 129, 'ipv6'));
attempt('check number', () => bl.check(5));
attempt('check bad family', () => bl.check('1.2.3.4', 'ipx'));
attempt('isIP number', () => net.isIP(5));
attempt('isIPv4 object', () => net.isIPv4({ toString() { return '1.2.3.4'; } }));
attempt('isIPv6 undefined', () => net.isIPv6());
