// timeout: 240
// maxrss: 128
// 1 GiB through a TCPSocket pair in one process arrives whole (same
// SHA-256), with memory bounded while the receiver is suspended: the sender
// waits for drain whenever send() returns false.
const crypto = require('crypto');
const TOTAL = 1024 * 1024 * 1024;
const CHUNK = 64 * 1024;
const chunks = [];
for (let i = 0; i < 16; i++) chunks.push(new Uint8Array(crypto.randomBytes(CHUNK)));
const sentHash = crypto.createHash('sha256');
const gotHash = crypto.createHash('sha256');
let sent = 0;
let got = 0;
let suspensions = 0;
let peakBuffered = 0;

const srv = new TCPServerSocket('127.0.0.1', 0);
srv.onconnect = ({ socket }) => {
  socket.onmessage = e => {
    const b = new Uint8Array(e.data);
    gotHash.update(b);
    got += b.length;
    // Every 256 MiB the receiver stops reading for a while.
    if (Math.floor(got / (256 << 20)) > suspensions) {
      suspensions++;
      socket.suspend();
      setTimeout(() => socket.resume(), 300);
    }
  };
  socket.onend = () => {
    console.log('received', got === TOTAL, 'hash matches', gotHash.digest('hex') === sentHash.digest('hex'));
    console.log('suspensions', suspensions, 'peak bufferedAmount bounded', peakBuffered < 4 * CHUNK + 64 * 1024);
    srv.close();
  };
};
srv.onopen = () => {
  const c = new TCPSocket('127.0.0.1', srv.localPort);
  const pump = () => {
    while (sent < TOTAL) {
      const chunk = chunks[(sent / CHUNK) % 16];
      sentHash.update(chunk);
      sent += CHUNK;
      const more = c.send(chunk);
      peakBuffered = Math.max(peakBuffered, c.bufferedAmount);
      if (!more) return;
    }
    c.close();
  };
  c.onopen = pump;
  c.ondrain = pump;
};
