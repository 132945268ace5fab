// Counts the MPEG-TS packets (188 bytes, sync byte 0x47) sent to a
// multicast group, per PID, with continuity-counter errors, every second.
//   nodeshim examples/w3c/mpegts-counter.js [group] [port] [interface] [seconds]
const [group = '239.1.1.1', port = '5004', iface, seconds = '5'] = process.argv.slice(2);
const sock = new UDPSocket('0.0.0.0', Number(port), { addressReuse: true, receiveBufferSize: 4 << 20 });
sock.addMulticastMembership(group, iface ? { interface: iface } : undefined);
const pids = new Map(); // pid -> { packets, lastCC, ccErrors }
let datagrams = 0;
let badSync = 0;
sock.onmessage = e => {
  datagrams++;
  const b = new Uint8Array(e.data);
  for (let off = 0; off + 188 <= b.length; off += 188) {
    if (b[off] !== 0x47) { badSync++; continue; }
    const pid = ((b[off + 1] & 0x1f) << 8) | b[off + 2];
    const cc = b[off + 3] & 0x0f;
    const p = pids.get(pid) || { packets: 0, lastCC: -1, ccErrors: 0 };
    if (p.lastCC >= 0 && pid !== 0x1fff && cc !== ((p.lastCC + 1) & 0x0f)) p.ccErrors++;
    p.lastCC = cc;
    p.packets++;
    pids.set(pid, p);
  }
};
sock.onopen = () => console.log(`listening to ${group}:${port} (joined ${sock.joinedGroups.join(', ')})`);
let elapsed = 0;
const report = setInterval(() => {
  const per = [...pids].map(([pid, p]) => `0x${pid.toString(16)}: ${p.packets} packets, ${p.ccErrors} CC errors`);
  console.log(`${++elapsed}s: ${datagrams} datagrams, ${badSync} bad sync; ${per.join('; ') || 'nothing yet'}`);
  if (elapsed >= Number(seconds)) { clearInterval(report); sock.close(); }
}, 1000);
