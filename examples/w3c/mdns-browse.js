// A DNS-SD browser: asks 224.0.0.251:5353 which service types are
// advertised on the local network (PTR _services._dns-sd._udp.local) and
// prints the answers that arrive within a few seconds.
//   nodeshim examples/w3c/mdns-browse.js [interface address] [seconds]
const [ifaceAddress, seconds = '3'] = process.argv.slice(2);

// query builds a DNS query for one PTR question.
function query(name) {
  const bytes = [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]; // id 0, flags 0, one question
  for (const label of name.split('.')) bytes.push(label.length, ...new TextEncoder().encode(label));
  bytes.push(0, 0, 12, 0, 1); // end of name, type PTR, class IN
  return new Uint8Array(bytes);
}
// readName reads a (possibly compressed) name at off; returns [name, next offset].
function readName(b, off) {
  const labels = [];
  let next = -1;
  for (let hops = 0; hops < 32; hops++) {
    const len = b[off];
    if (len === 0) return [labels.join('.'), next < 0 ? off + 1 : next];
    if ((len & 0xc0) === 0xc0) {
      if (next < 0) next = off + 2;
      off = ((len & 0x3f) << 8) | b[off + 1];
      continue;
    }
    labels.push(new TextDecoder().decode(b.subarray(off + 1, off + 1 + len)));
    off += 1 + len;
  }
  throw new Error('malformed name');
}
// answers returns the PTR records of a DNS response.
function answers(b) {
  const u16 = o => (b[o] << 8) | b[o + 1];
  let off = 12;
  for (let q = u16(4); q > 0; q--) off = readName(b, off)[1] + 4;
  const out = [];
  for (let a = u16(6) + u16(8) + u16(10); a > 0; a--) {
    const [name, at] = readName(b, off);
    const type = u16(at);
    const rdlen = u16(at + 8);
    if (type === 12) out.push(`${name} -> ${readName(b, at + 10)[0]}`);
    off = at + 10 + rdlen;
  }
  return out;
}

const options = { addressReuse: true };
if (ifaceAddress) options.multicastInterface = ifaceAddress;
const sock = new UDPSocket('0.0.0.0', 0, options);
const seen = new Set();
sock.onopen = () => sock.send(query('_services._dns-sd._udp.local'), '224.0.0.251', 5353);
sock.onmessage = e => {
  for (const line of answers(new Uint8Array(e.data))) {
    if (!seen.has(line)) { seen.add(line); console.log(`${line}   (from ${e.remoteAddress})`); }
  }
};
sock.onerror = e => console.error(`${e.name} (${e.code}): ${e.message}`);
setTimeout(() => { console.log(`${seen.size} answers`); sock.close(); }, Number(seconds) * 1000);
