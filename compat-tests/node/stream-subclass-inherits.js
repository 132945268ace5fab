// Old-style subclassing as ported code does it: Readable.call(this, opts)
// with util.inherits (and the same for Writable, Duplex, Transform);
// calling the constructors without new also works.
const stream = require('stream');
const util = require('util');

function Source(items) {
  if (!(this instanceof Source)) return new Source(items);
  stream.Readable.call(this, { objectMode: true });
  this.items = items.slice();
}
util.inherits(Source, stream.Readable);
Source.prototype._read = function () {
  this.push(this.items.length ? this.items.shift() : null);
};

function Upper(opts) {
  stream.Transform.call(this, opts);
}
util.inherits(Upper, stream.Transform);
Upper.prototype._transform = function (chunk, enc, cb) {
  this.push(String(chunk).toUpperCase());
  cb();
};

function Sink() {
  stream.Writable.call(this, { decodeStrings: false });
  this.parts = [];
}
util.inherits(Sink, stream.Writable);
Sink.prototype._write = function (chunk, enc, cb) {
  this.parts.push(String(chunk));
  cb();
};

function Both() {
  stream.Duplex.call(this, { allowHalfOpen: false });
}
util.inherits(Both, stream.Duplex);
Both.prototype._read = function () {};
Both.prototype._write = function (chunk, enc, cb) {
  this.push(chunk);
  cb();
};

const src = Source(['a', 'b', 'c']);
const up = new Upper();
const sink = new Sink();
console.log('super_', Source.super_ === stream.Readable, 'instanceof', src instanceof stream.Readable,
  sink instanceof stream.Writable, up instanceof stream.Duplex);
sink.on('finish', () => console.log('sink got', sink.parts.join('')));
src.pipe(up).pipe(sink);

const b = new Both();
console.log('both writable', b instanceof stream.Writable, b.allowHalfOpen);
b.on('data', (d) => console.log('both data', String(d)));
b.on('finish', () => console.log('both finish'));
b.on('close', () => console.log('both close'));
b.write('x');
b.push(null);

const r = stream.Readable({ read() {} });
const w = stream.Writable({ write(c, e, cb) { cb(); } });
const d = stream.Duplex();
const t = stream.Transform();
const p = stream.PassThrough();
console.log('without new', r instanceof stream.Readable, w instanceof stream.Writable,
  d instanceof stream.Duplex, t instanceof stream.Transform, p instanceof stream.PassThrough);
const legacy = new stream.Stream();
console.log('legacy', legacy instanceof require('events'), typeof legacy.pipe, stream.Stream === stream);
