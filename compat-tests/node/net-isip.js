// isIP, isIPv4 and isIPv6 on well-formed and malformed input.
'use strict';
const net = require('net');

const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', ' 1.2.3.4',
  '::', '::1', '1::', 'fe80::1%eth0', 'fe80::1%', '::ffff:127.0.0.1', '2001:db8::8a2e:370:7334',
  '2001:0db8:0000:0000:0000:ff00:0042:8329', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2::3',
  '::ffff:1.2.3', 'abcd::ef01:1.2.3.4', 'gggg::', '', 'localhost', '1.2.3.4/24',
];
for (const s of inputs) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
for (const v of [undefined, null, 123, {}, ['1.2.3.4']]) {
  console.log(String(v), net.isIP(v), net.isIPv4(v), net.isIPv6(v));
}
