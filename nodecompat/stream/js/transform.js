// Transform: a Duplex whose writes pass through _transform into its
// readable side (holding the write callback while the reader is full),
// with _flush at the end; PassThrough hands chunks on unchanged.
(function (S) {
  'use strict';

  const Duplex = S.Duplex;
  const kCallback = Symbol('kCallback');
  const kState = S.kState;
  const { kSync: kRSync, kEnded: kREnded } = S.readableBits;
  const kWState = kState;
  const kWEnded = S.writableBits.kEnded;

  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    // A readable side with highWaterMark 0 must not stall the writable
    // side at its default either.
    const readableHwm = options ? S.highWaterMarkOf(false, options, 'readableHighWaterMark', true) : null;
    if (readableHwm === 0) {
      options = Object.assign({}, options, {
        highWaterMark: null,
        readableHighWaterMark: readableHwm,
        writableHighWaterMark: options.writableHighWaterMark || 0,
      });
    }
    Duplex.call(this, options);
    // Pushes from _transform are never synchronous with a read: 'data'
    // may be emitted at once.
    this._readableState[kState] &= ~kRSync;
    this[kCallback] = null;
    if (options) {
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
    }
    this.on('prefinish', prefinish);
  }
  Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
  Object.setPrototypeOf(Transform, Duplex);

  // final runs _flush, pushes what it produced, then ends the readable
  // side.
  function final(cb) {
    if (typeof this._flush === 'function' && !this.destroyed) {
      this._flush((er, data) => {
        if (er) {
          if (cb) cb(er);
          else this.destroy(er);
          return;
        }
        if (data != null) this.push(data);
        this.push(null);
        if (cb) cb();
      });
    } else {
      this.push(null);
      if (cb) cb();
    }
  }

  // prefinish covers subclasses that replaced _final.
  function prefinish() {
    if (this._final !== final) final.call(this);
  }

  Transform.prototype._final = final;

  Transform.prototype._transform = function _transform(chunk, encoding, callback) {
    throw S.codedError('ERR_METHOD_NOT_IMPLEMENTED', '_transform()');
  };

  Transform.prototype._write = function _write(chunk, encoding, callback) {
    const r = this._readableState;
    const w = this._writableState;
    const lengthBefore = r.length;
    this._transform(chunk, encoding, (err, val) => {
      if (err) {
        callback(err);
        return;
      }
      if (val != null) this.push(val);
      // Once the readable side has ended, the write completes on the next
      // tick.
      if ((r[kState] & kREnded) !== 0) S.nextTick(callback);
      else if ((w[kWState] & kWEnded) !== 0 || lengthBefore === r.length || r.length < r.highWaterMark) callback();
      else this[kCallback] = callback;
    });
  };

  Transform.prototype._read = function _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  };

  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Transform.call(this, options);
  }
  Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
  Object.setPrototypeOf(PassThrough, Transform);

  PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
    cb(null, chunk);
  };

  S.Transform = Transform;
  S.PassThrough = PassThrough;
})
