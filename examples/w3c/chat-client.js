// A WebSocket chat client for chat-server.js: it sends its name and, once
// welcomed, each message given after it on the command line (or, without
// any, each line of stdin until it ends), prints whatever arrives, and
// closes.
//   nodeshim examples/w3c/chat-client.js ws://127.0.0.1:8080/ alice [message ...]
const [url, name, ...messages] = process.argv.slice(2);
if (!url || !name) {
  console.error('usage: chat-client.js URL NAME [message ...]');
  process.exit(2);
}
const ws = new WebSocket(url);
ws.onopen = () => ws.send(name);
let welcomed = false;
ws.onmessage = ({ data }) => {
  console.log(data);
  if (welcomed) return;
  welcomed = true; // the server's welcome: the chat starts
  if (messages.length > 0) {
    for (const m of messages) ws.send(m);
    ws.close(1000, 'bye'); // (what arrives after this is dropped, as WebSocket does)
    return;
  }
  let pending = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', chunk => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    for (const line of lines) ws.send(line);
  });
  process.stdin.on('end', () => {
    if (pending) ws.send(pending);
    ws.close(1000, 'bye');
  });
};
ws.onerror = e => console.error(`error: ${e.message}`);
ws.onclose = e => {
  console.log(`* disconnected (${e.code}${e.reason ? ' ' + e.reason : ''})`);
  if (messages.length === 0) process.stdin.pause(); // the server may have gone first
};
