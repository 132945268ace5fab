// BlockList rules (addresses, ranges, subnets) and checks across families,
// SocketAddress validation, and how both print.
'use strict';
const net = require('net');
const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addSubnet('192.168.0.0', 16);
console.log(b.rules);
console.log(b.check('1.2.3.4'), b.check('10.0.0.5'), b.check('10.0.0.11'), b.check('8592:757c:efae:4e45::f', 'ipv6'), b.check('192.168.5.5'), b.check('::ffff:1.2.3.4', 'ipv6'), b.check('::ffff:c0a8:0101', 'ipv6'));
try { b.addAddress(1) } catch (e) { console.log(e.code, e.message) }
try { b.addAddress('1.2.3.4', 'ipv7') } catch (e) { console.log(e.code, e.message) }
try { b.addSubnet('1.2.3.4', 33) } catch (e) { console.log(e.code, e.message) }
try { b.addRange('1.2.3.4', '1.2.3.1') } catch (e) { console.log(e.code, e.message) }
try { b.check('x') } catch (e) { console.log(e.code, e.message) }
console.log(b.check('x'));
const sa = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 80, flowlabel: 1 });
console.log(sa, sa.address, sa.port, sa.family, sa.flowlabel, JSON.stringify(sa), net.SocketAddress.isSocketAddress(sa));
console.log(new net.SocketAddress());
b.addAddress(sa);
console.log(b.rules, b.check(sa));
try { new net.SocketAddress({address: 'x'}) } catch (e) { console.log(e.code, e.message) }
try { new net.SocketAddress({port: 'x'}) } catch (e) { console.log(e.code, e.message) }
try { new net.SocketAddress({family: 'x'}) } catch (e) { console.log(e.code, e.message) }
try { new net.SocketAddress(1) } catch (e) { console.log(e.code, e.message) }
console.log(net.isIP('::ffff:1.2.3.4'), net.isIP('01.2.3.4'), net.isIP('fe80::1%eth0'), net.isIP(undefined), net.isIPv4('1.1.1.1'), net.isIPv6('1::'));
console.log(b, Object.keys(b));
const sa2 = new net.SocketAddress({ address: '0:0::1', family: 'IPV6' });
console.log(sa2.address, sa2.family);
try { new net.SocketAddress({ address: '1.2.3.4', family: 'ipv6' }); } catch (e) { console.log(e.code); }
try { new net.SocketAddress({ flowlabel: -1 }); } catch (e) { console.log(e.code, e.message); }
const b2 = new net.BlockList();
b2.addSubnet('::', 0, 'ipv6');
console.log(b2.check('1.2.3.4'), b2.check('::5', 'ipv6'));
const b3 = new net.BlockList();
b3.addRange('::1', '::ff', 'ipv6');
console.log(b3.check('::80', 'ipv6'), b3.check('::100', 'ipv6'), b3.rules);
