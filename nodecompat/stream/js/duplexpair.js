// duplexPair: two Duplex streams joined back to back, so that what is
// written to one is read from the other, with backpressure: a write
// completes once the other side reads it.
(function (S) {
  'use strict';

  const kOther = Symbol('kOtherSide');
  const kPending = Symbol('kPendingWrite');

  class DuplexSide extends S.Duplex {
    constructor(options) {
      super(options);
      this[kOther] = null;
      this[kPending] = null;
    }

    _read() {
      const callback = this[kPending];
      if (callback) {
        this[kPending] = null;
        callback();
      }
    }

    _write(chunk, encoding, callback) {
      if (chunk.length === 0) {
        S.nextTick(callback);
        return;
      }
      const other = this[kOther];
      other.push(chunk);
      other[kPending] = callback;
    }

    _final(callback) {
      const other = this[kOther];
      other.on('end', callback);
      other.push(null);
    }
  }

  function duplexPair(options) {
    const a = new DuplexSide(options);
    const b = new DuplexSide(options);
    a[kOther] = b;
    b[kOther] = a;
    return [a, b];
  }

  S.duplexPair = duplexPair;
})
