// Blob from strings, buffers, views and other Blobs: size and type.
const parts = ['h\u00e9', new Uint8Array([108, 108]), new Uint16Array([0x206f]).buffer, new Blob(['w']), new DataView(new Uint8Array([111, 114]).buffer)];
const b = new Blob(parts, { type: 'Text/Plain;Charset=UTF-8' });
console.log(b.size, b.type, b instanceof Blob, Object.prototype.toString.call(b));
console.log(new Blob().size, JSON.stringify(new Blob().type));
console.log(new Blob([], { type: 'caf\u00e9/x' }).type === '');
console.log(new Blob([1, true, null, undefined, { toString() { return 'obj'; } }]).size);
console.log(new Blob(new Set(['a', 'bc'])).size);
for (const bad of [() => new Blob('abc'), () => new Blob(5), () => new Blob({}), () => new Blob([], 'text'), () => new Blob([], { endings: 'crlf' })]) {
  try { bad(); console.log('no throw'); } catch (e) { console.log(e.name); }
}
b.text().then(t => console.log(JSON.stringify(t)));
