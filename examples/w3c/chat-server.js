// A WebSocket chat server on TCPServerSocket({webSocket: true}). A client's
// first text message is its name; every later one goes to all the other
// clients as "name: text", and they hear "* name joined" and "* name left".
//   nodeshim examples/w3c/chat-server.js [port]
// then connect with chat-client.js (or any WebSocket client).
const port = Number(process.argv[2] || 8080);
const server = new TCPServerSocket('127.0.0.1', port, { webSocket: true });
const names = new Map(); // each WebSocket that has sent its name -> that name

function broadcast(text, from) {
  console.log(text);
  for (const socket of names.keys()) {
    if (socket !== from) socket.send(text);
  }
}

server.onopen = () => console.log(`chat server on ws://127.0.0.1:${server.localPort}/`);
server.onconnect = ({ socket }) => {
  socket.onmessage = ({ data }) => {
    if (typeof data !== 'string') return; // a chat is text
    const name = names.get(socket);
    if (name === undefined) {
      const chosen = data.trim() || `guest${server.connections}`;
      names.set(socket, chosen);
      socket.send(`* welcome, ${chosen} (${names.size} here)`);
      broadcast(`* ${chosen} joined`, socket);
    } else {
      broadcast(`${name}: ${data}`, socket);
    }
  };
  socket.onclose = () => {
    const name = names.get(socket);
    if (names.delete(socket)) broadcast(`* ${name} left`, socket);
  };
};
server.onerror = e => { console.error(`${e.name}: ${e.message}`); };
