// close() on UDP unbinds at once; a second call does nothing; no message
// arrives after close.
const s = new UDPSocket('127.0.0.1', 0);
let closes = 0;
s.onopen = () => {
  s.send('self', '127.0.0.1', s.localPort);
  s.close();
  s.close();
  console.log('state', s.readyState, 'bufferedAmount', s.bufferedAmount);
};
s.onmessage = () => console.log('message after close?');
s.onclose = () => closes++;
setTimeout(() => console.log('close events', closes), 50);
