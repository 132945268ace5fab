// Type-checked against index.d.ts (see README.md): a script
// written to the contract must type-check.
const log = (...args: unknown[]): void => void args;
const server = new TCPServerSocket("127.0.0.1", 0, { binaryType: "string" });
server.onconnect = ({ socket }) => {
  socket.onmessage = e => socket.send("echo: " + e.data);
};
const s = new TCPSocket("localhost", 143, { useSecureTransport: false, connectTimeout: 5000 });
s.addEventListener("open", () => {
  const ok: boolean = s.send(new Uint8Array([1, 2]));
  s.halfClose();
  void ok;
});
s.onerror = e => log(e.name, e.code, e.error.syscall);
s.onclose = e => log(e.wasClean);
async function starttls(): Promise<void> {
  await s.upgradeToSSL({ servername: "mail.example.org", alpnProtocols: ["imap"] });
  const cert = s.peerCertificate;
  if (cert) log(cert.subject.CN, cert.fingerprint256, s.tlsVersion, s.alpnProtocol);
}
void starttls;
const u = new UDPSocket({ localPort: 5353, addressReuse: true });
u.addMulticastMembership("224.0.0.251", { interface: "eth0", source: "192.0.2.1" });
u.onmessage = e => log(e.remoteAddress, e.remotePort, e.localAddress, e.interface, u.joinedGroups.length);
u.setPeer(null);
u.send(new Blob(["x"]), "224.0.0.251", 5353);
const isSocket: boolean = u instanceof Socket;
void isSocket;
const ws = new WebSocket("wss://chat.example.org/", ["chat"]);
ws.binaryType = "arraybuffer";
ws.ondrain = () => log("drained", ws.bufferedAmount, ws.localPort, ws.ipVersion);
ws.onopen = () => {
  const more: boolean = ws.send("hello");
  if (!more) ws.suspend();
  log(ws.protocol, ws.extensions, ws.options.highWaterMark, ws.setOption("highWaterMark", 1024));
};
ws.onclose = e => log(e.code, e.reason, e.wasClean);
