// binaryType applies per datagram: arraybuffer (default), string (each
// datagram decoded on its own) and blob.
const s = new UDPSocket('127.0.0.1', 0);
const kinds = ['string', 'blob'];
let i = 0;
s.onopen = () => s.send('\u20ac', '127.0.0.1', s.localPort);
s.onmessage = async e => {
  const d = e.data;
  console.log(typeof d === 'string' ? 'string ' + d : d instanceof Blob ? 'blob ' + d.size : 'arraybuffer ' + d.byteLength);
  if (i === kinds.length) { s.close(); return; }
  s.binaryType = kinds[i++];
  s.send('\u20ac', '127.0.0.1', s.localPort);
};
