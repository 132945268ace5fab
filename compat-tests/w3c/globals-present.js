// Every global of the contract exists beside require, with real prototype
// chains.
const names = ['EventTarget', 'Event', 'MessageEvent', 'UDPMessageEvent', 'ErrorEvent', 'CloseEvent',
  'ConnectEvent', 'DOMException', 'Blob', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal',
  'queueMicrotask', 'Socket', 'TCPSocket', 'TCPServerSocket', 'UDPSocket'];
for (const n of names) console.log(n, typeof globalThis[n]);
console.log('require', typeof require);
const proto = C => Object.getPrototypeOf(C.prototype);
console.log('TCPSocket -> Socket', proto(TCPSocket) === Socket.prototype);
console.log('UDPSocket -> Socket', proto(UDPSocket) === Socket.prototype);
console.log('Socket -> EventTarget', proto(Socket) === EventTarget.prototype);
console.log('TCPServerSocket -> EventTarget', proto(TCPServerSocket) === EventTarget.prototype);
console.log('UDPMessageEvent -> MessageEvent', proto(UDPMessageEvent) === MessageEvent.prototype);
for (const C of [MessageEvent, ErrorEvent, CloseEvent, ConnectEvent]) console.log(C.name, '-> Event', proto(C) === Event.prototype);
console.log('enumerable', Object.keys(globalThis).filter(k => names.includes(k)).length);
