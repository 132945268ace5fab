// A TCP echo server on TCPServerSocket.
//   nodeshim examples/w3c/echo-server.js [port]
const port = Number(process.argv[2] || 7007);
const server = new TCPServerSocket('127.0.0.1', port, { noDelay: true });
server.onopen = () => console.log(`echo server on ${server.localURL}`);
server.onconnect = ({ socket }) => {
  const peer = socket.url;
  console.log(`${peer} connected (${server.connections} open)`);
  socket.onmessage = e => {
    // Respect the peer's pace: stop reading while our replies queue up.
    if (!socket.send(e.data)) {
      socket.suspend();
      socket.ondrain = () => socket.resume();
    }
  };
  socket.onclose = () => console.log(`${peer} gone`);
};
server.onerror = e => { console.error(`${e.name} (${e.code}): ${e.message}`); };
