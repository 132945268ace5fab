// Sending to a broadcast address needs the broadcast option: without it
// the kernel refuses (EACCES), with it the datagram goes.
const s = new UDPSocket('127.0.0.1', 0);
s.onopen = () => s.send('to all', '127.255.255.255', 9);
s.onerror = e => {
  console.log('without broadcast:', e.name, e.code, e.error.syscall);
  s.setOption('broadcast', true);
  s.send('to all', '127.255.255.255', 9);
  setTimeout(() => { console.log('with broadcast: no error'); s.close(); }, 50);
};
