// The message events a socket fires are ordinary objects, whatever the
// runtime does to make them cheap: a listener may add properties (string
// or symbol keyed), define them with any attributes, freeze the event, and
// keep it to read after its dispatch; an event dispatched from a listener
// and a send() on another socket from a message handler reach their own
// targets.
const server = new TCPServerSocket('127.0.0.1', 0, { binaryType: 'string' });
server.onconnect = ({ socket }) => { socket.onmessage = (e) => socket.send(e.data.toUpperCase()); };
server.onopen = () => {
  const a = new TCPSocket('127.0.0.1', server.localPort, { binaryType: 'string' });
  const b = new TCPSocket('127.0.0.1', server.localPort, { binaryType: 'string' });
  const side = new EventTarget();
  side.addEventListener('side', (e) => console.log('side event', e.type, e.target === side));
  let opened = 0;
  let kept;
  a.onopen = b.onopen = () => { if (++opened === 2) a.send('ping'); };
  a.onmessage = (e) => {
    kept = e;
    const tag = Symbol('tag');
    e.note = 'n';
    e[tag] = 's';
    Object.defineProperty(e, 'fixed', { value: 1 });
    Object.defineProperty(e, 'computed', { get() { return 'c'; } });
    console.log('expandos', e.note, e[tag], e.fixed, e.computed, Object.keys(e).includes('note'),
      Object.getOwnPropertyDescriptor(e, 'fixed').writable);
    side.dispatchEvent(new Event('side'));
    console.log('after nested', e.type, e.data, e.currentTarget === a, e.eventPhase);
    Object.freeze(e);
    console.log('frozen', Object.isFrozen(e), Object.isExtensible(e));
    console.log('relay', b.send('via ' + e.data), a.readyState);
  };
  b.onmessage = (e) => {
    console.log('b got', e.data, e.target === b);
    console.log('kept', kept.type, kept.data, kept.currentTarget, kept.eventPhase, kept.note, kept instanceof MessageEvent);
    a.close();
    b.close();
    server.close();
  };
};
