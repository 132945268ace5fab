// Duplex: a Readable that is also a Writable (instanceof both), with
// allowHalfOpen deciding whether the end of the readable side ends the
// writable side too.
(function (S) {
  'use strict';

  const Readable = S.Readable;
  const Writable = S.Writable;

  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    Readable.call(this, options);
    Writable.call(this, options);
    if (options) {
      this.allowHalfOpen = options.allowHalfOpen !== false;
      if (options.readable === false) {
        const r = this._readableState;
        r.readable = false;
        r.ended = true;
        r.endEmitted = true;
      }
      if (options.writable === false) {
        const w = this._writableState;
        w.writable = false;
        w.ending = true;
        w.ended = true;
        w.finished = true;
      }
    } else {
      this.allowHalfOpen = true;
    }
  }
  Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
  Object.setPrototypeOf(Duplex, Readable);

  // The writable half: methods and state getters (Readable's own
  // closed, errored and _destroy serve both sides).
  for (const key of ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'end', 'destroy',
    'writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
    'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
    Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(Writable.prototype, key));
  }

  Object.defineProperty(Duplex.prototype, 'destroyed', {
    __proto__: null,
    get() {
      const r = this._readableState;
      const w = this._writableState;
      if (r === undefined || w === undefined) return false;
      return r.destroyed && w.destroyed;
    },
    set(value) {
      const r = this._readableState;
      const w = this._writableState;
      if (r && w) {
        r.destroyed = value;
        w.destroyed = value;
      }
    },
  });

  S.Duplex = Duplex;
})
