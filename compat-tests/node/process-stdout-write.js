process.stdout.write('no newline');
process.stdout.write(' then newline\n');
console.log('console interleaves');
process.stdout.write(Buffer.from('buffer chunk\n'));
process.stdout.write('686578206368756e6b0a', 'hex');
const r = process.stdout.write('with callback\n', () => console.log('write callback ran'));
console.log('write returned', r);
process.stderr.write('to stderr\n');
