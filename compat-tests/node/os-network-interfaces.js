// os.networkInterfaces(): the loopback entry and the shape of every entry.
const os = require('os');

const ifaces = os.networkInterfaces();
const lo = ifaces.lo;
const v4 = lo.find((a) => a.family === 'IPv4');
console.log(JSON.stringify(v4));
const v6 = lo.find((a) => a.family === 'IPv6');
if (v6) console.log(v6.address === '::1' && v6.cidr === '::1/128' && v6.scopeid === 0 && v6.internal && v6.netmask === 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
else console.log(true);

let ok = true;
for (const [name, addrs] of Object.entries(ifaces)) {
  for (const a of addrs) {
    const keys = Object.keys(a).join();
    const want = a.family === 'IPv4' ? 'address,netmask,family,mac,internal,cidr' : 'address,netmask,family,mac,internal,cidr,scopeid';
    if (keys !== want) ok = false;
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac)) ok = false;
    if (a.cidr.split('/')[0] !== a.address) ok = false;
    if (typeof a.internal !== 'boolean') ok = false;
    if (a.family === 'IPv6' && a.address.startsWith('fe80:') !== (a.scopeid > 0)) ok = false;
    if (!name) ok = false;
  }
}
console.log('every entry has Node\'s shape:', ok);
