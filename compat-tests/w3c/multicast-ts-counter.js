// needs: netns
// A multicast receiver that counts MPEG-TS packets (188 bytes, sync byte
// 0x47) by PID and checks the continuity counters.
const { ctl } = require('./lib/harness.js');
const group = '239.50.0.1';
const s = new UDPSocket('0.0.0.0', 0, { receiveBufferSize: 1 << 20 });
s.addMulticastMembership(group, { interface: 'lo' });
const pids = new Map();
let bad = 0;
let lastCC = -1;
let gaps = 0;
s.onmessage = e => {
  const b = new Uint8Array(e.data);
  if (b.length % 188 !== 0) bad++;
  for (let off = 0; off + 188 <= b.length; off += 188) {
    if (b[off] !== 0x47) { bad++; continue; }
    const pid = ((b[off + 1] & 0x1f) << 8) | b[off + 2];
    const cc = b[off + 3] & 0x0f;
    if (lastCC >= 0 && cc !== ((lastCC + 1) & 0x0f)) gaps++;
    lastCC = cc;
    pids.set(pid, (pids.get(pid) || 0) + 1);
  }
};
s.onopen = async () => {
  console.log('harness:', await ctl(`ts-send ${group} ${s.localPort} 100`));
  setTimeout(() => {
    console.log('packets', [...pids].map(([pid, n]) => '0x' + pid.toString(16) + ':' + n).join(' '), 'bad', bad, 'gaps', gaps);
    s.close();
  }, 100);
};
