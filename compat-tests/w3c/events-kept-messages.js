// Message events a script keeps answer their own data, addresses, type and
// target after their dispatch, however many followed them; an object made
// from one's prototype is not a MessageEvent.
const N = 40;
const kept = [];
const sock = new UDPSocket('127.0.0.1', 0);
sock.onopen = () => {
  for (let i = 0; i < N; i++) sock.send(new TextEncoder().encode('m' + i), '127.0.0.1', sock.localPort);
};
sock.onmessage = (e) => {
  kept.push(e);
  if (kept.length < N) return;
  setTimeout(() => {
    const dec = new TextDecoder();
    const bad = kept.filter((ev, i) => dec.decode(ev.data) !== 'm' + i || ev.remotePort !== sock.localPort ||
      ev.remoteAddress !== '127.0.0.1' || ev.type !== 'message' || !ev.isTrusted || ev.target !== sock ||
      !(ev instanceof UDPMessageEvent) || ev.eventPhase !== Event.NONE);
    console.log('kept', kept.length, 'wrong', bad.length);
    console.log('distinct', new Set(kept).size, 'times ordered', kept.every((ev, i) => i === 0 || ev.timeStamp >= kept[i - 1].timeStamp));
    const fake = Object.create(Object.getPrototypeOf(kept[0]));
    try { console.log(fake.data); } catch (err) { console.log(err.name, err.message); }
    try { Event.prototype.preventDefault.call(fake); } catch (err) { console.log(err.code); }
    kept[3].foo = 1;
    Object.freeze(kept[5]);
    console.log(kept[3].foo, kept[4].foo, Object.isFrozen(kept[5]), Object.isFrozen(kept[6]), dec.decode(kept[5].data));
    sock.close();
  }, 10);
};
