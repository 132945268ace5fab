// needs: netns
// A DNS-SD browser: a PTR query for _services._dns-sd._udp.local sent to
// 224.0.0.251:5353, answers parsed from the reply.
const q = [];
const u16 = n => q.push(n >> 8, n & 255);
u16(0x1234); u16(0); u16(1); u16(0); u16(0); u16(0); // header: id, flags, 1 question
for (const label of ['_services', '_dns-sd', '_udp', 'local']) { q.push(label.length, ...Buffer.from(label)); }
q.push(0); u16(12); u16(1); // PTR, IN
const readName = (b, off) => {
  const labels = [];
  for (let jumps = 0; jumps < 16;) {
    const len = b[off];
    if (len === 0) return [labels.join('.'), off + 1];
    if ((len & 0xc0) === 0xc0) {
      const [rest] = readName(b, ((len & 0x3f) << 8) | b[off + 1]);
      labels.push(rest);
      return [labels.join('.'), off + 2];
    }
    labels.push(String.fromCharCode(...b.subarray(off + 1, off + 1 + len)));
    off += 1 + len;
    jumps++;
  }
  throw new Error('name too long');
};
const s = new UDPSocket('0.0.0.0', 0, { multicastInterface: '127.0.0.1' });
s.onopen = () => s.send(new Uint8Array(q), '224.0.0.251', 5353);
s.onmessage = e => {
  const b = new Uint8Array(e.data);
  const id = (b[0] << 8) | b[1];
  const answers = (b[6] << 8) | b[7];
  let off = 12;
  [, off] = readName(b, off);
  off += 4;
  const services = [];
  for (let i = 0; i < answers; i++) {
    let name;
    [name, off] = readName(b, off);
    const type = (b[off] << 8) | b[off + 1];
    const rdlen = (b[off + 8] << 8) | b[off + 9];
    off += 10;
    if (type === 12) services.push(name + ' -> ' + readName(b, off)[0]);
    off += rdlen;
  }
  console.log('reply id', id.toString(16), 'from port', e.remotePort, 'answers', answers);
  console.log(services.join('\n'));
  s.close();
};
