// DOMException, TextEncoder and TextDecoder are the runtime's.
const e = new DOMException('bad state', 'InvalidStateError');
console.log(e.name, e.message, e.code, e instanceof Error, DOMException.INVALID_STATE_ERR);
for (const n of ['SyntaxError', 'NotSupportedError', 'InvalidAccessError', 'NetworkError', 'TimeoutError']) {
  console.log(n, new DOMException('', n).code);
}
const bytes = new TextEncoder().encode('h\u00e9\u20ac');
console.log(bytes.length, Array.from(bytes).join());
const d = new TextDecoder();
console.log(d.decode(bytes.subarray(0, 4), { stream: true }) + '|' + d.decode(bytes.subarray(4)));
