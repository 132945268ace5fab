// slice() with relative indices and a content type; arrayBuffer(), text()
// and bytes() read a Blob as promises.
const b = new Blob(['0123456789']);
const show = async (label, blob) => console.log(label, blob.size, JSON.stringify(blob.type), await blob.text());
(async () => {
  await show('slice(2, 5)', b.slice(2, 5));
  await show('slice(-3)', b.slice(-3));
  await show('slice(4, -4, "A/B")', b.slice(4, -4, 'A/B'));
  await show('slice(8, 2)', b.slice(8, 2));
  await show('slice(-100, 100)', b.slice(-100, 100));
  await show('slice of a slice', b.slice(1, 9).slice(1, -1));
  const ab = await b.arrayBuffer();
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength, new Uint8Array(ab)[0]);
  const u8 = await b.bytes();
  u8[0] = 0;
  console.log('bytes', u8 instanceof Uint8Array, u8.length, 'copy', (await b.text())[0]);
  console.log('promises', b.text() instanceof Promise, b.arrayBuffer() instanceof Promise);
})();
