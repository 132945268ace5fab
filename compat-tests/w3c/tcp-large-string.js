// A large string with multi-byte characters goes out as UTF-8 and comes
// back whole.
const { port } = require('./lib/harness.js');
const text = ('\u00e9\u20ac\ud83d\ude00 ascii ').repeat(100000);
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
let got = '';
let messages = 0;
s.onopen = () => { s.send(text); s.halfClose(); };
s.onmessage = e => { got += e.data; messages++; };
s.onclose = () => console.log('length', got.length === text.length, 'equal', got === text, 'chunked', messages > 1);
