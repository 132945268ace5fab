// Writable: queues writes for an implementation's _write/_writev, one at
// a time, and reports backpressure through write()'s result and 'drain'.
// end(), _final, 'prefinish', 'finish' and the state getters are in
// writable_end.js.
(function (S) {
  'use strict';

  const Buffer = S.Buffer;
  const Stream = S.Stream;
  const nextTick = S.nextTick;
  const nop = S.nop;
  const errorOrDestroy = S.errorOrDestroy;
  const codedError = S.codedError;
  const isView = ArrayBuffer.isView;
  const kState = S.kState;
  const {
    kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed, kCloseEmitted,
    kErrored, kConstructed, kSync, kFinalCalled, kNeedDrain, kEnding, kFinished, kDecodeStrings,
    kWriting, kBufferProcessing, kPrefinished, kAllBuffers, kAllNoop, kHasWritable, kWritable,
    kCorked, kDefaultUTF8Encoding, kWriteCb, kExpectWriteCb, kAfterWriteTickInfo, kNopPending,
    kBuffered, kEnded, kOnFinished,
  } = S.writableBits;
  // The fields that are not flags live under these keys, each with a bit
  // telling whether it holds a value (the field reads as its default
  // otherwise).
  const kErroredValue = Symbol('kErroredValue');
  const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
  const kBufferedValue = Symbol('kBufferedValue');
  const kOnFinishedValue = Symbol('kOnFinishedValue');
  // The keys Go's write path uses too (see writecb.go): the callback of
  // the write in progress and the afterWriteTickInfo record.
  const { kWriteCbValue, kAfterWriteTickInfoValue } = S.writableKeys;
  // deferWriteCb(stream, state, cb) queues cb, the callback of a write
  // that completed synchronously, for the next tick (Go's, shared with
  // the writes Go makes itself).
  const deferWriteCb = S.deferWriteCb;
  const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];
  // ending holds what writable_end.js defines for the write path to call.
  const ending = {};

  // The flags of a fresh state, and the masks the write path tests.
  const kInitial = kAutoDestroy | kEmitClose | kConstructed | kSync | kDecodeStrings | kAllBuffers |
    kAllNoop | kDefaultUTF8Encoding;
  const kWriteBlocked = kWriting | kCorked | kErrored | kConstructed;
  const kWriteRefused = kEnding | kDestroyed;
  const kWriteStarted = kWriting | kSync | kExpectWriteCb;
  const kFailed = kErrored | kDestroyed;
  const kNotSync = ~kSync;
  const kEmptyQueue = kAllBuffers | kAllNoop;
  const kClearable = kCorked | kBufferProcessing | kDestroyed | kConstructed | kBuffered;

  // WritableState keeps as its own properties the counters and onwrite,
  // its flags as the bits of this[kState] (read through accessors on the
  // prototype), and its other fields under symbols (Node 20.20's layout).
  function WritableState(options, stream, isDuplex) {
    let bits = kInitial;
    let encoding = null;
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof S.Duplex;
    let objectMode = !!(options && options.objectMode);
    if (isDuplex) objectMode = objectMode || !!(options && options.writableObjectMode);
    if (objectMode) bits |= kObjectMode;
    this.highWaterMark = options ?
      S.highWaterMarkOf(objectMode, options, 'writableHighWaterMark', isDuplex) :
      S.getDefaultHighWaterMark(objectMode);
    if (options) {
      if (options.decodeStrings === false) bits &= ~kDecodeStrings;
      encoding = options.defaultEncoding;
      if (encoding != null && encoding !== 'utf8' && encoding !== 'utf-8') {
        if (!Buffer.isEncoding(encoding)) throw codedError('ERR_UNKNOWN_ENCODING', encoding);
        bits &= ~kDefaultUTF8Encoding;
      }
      if (options.emitClose === false) bits &= ~kEmitClose;
      if (options.autoDestroy === false) bits &= ~kAutoDestroy;
    }
    this.length = 0;
    this.corked = 0;
    this.onwrite = onwrite.bind(void 0, stream);
    this.writelen = 0;
    this.bufferedIndex = 0;
    this.pendingcb = 0;
    this[kState] = bits;
    if ((bits & kDefaultUTF8Encoding) === 0) this[kDefaultEncodingValue] = encoding;
    this[kBufferedValue] = null;
  }

  // The accessors of the flags, and of the fields kept under a symbol,
  // for code outside the write path (which tests the bits itself).
  const stateProto = WritableState.prototype;
  const flagNames = {
    objectMode: kObjectMode, finalCalled: kFinalCalled, needDrain: kNeedDrain, ending: kEnding,
    ended: kEnded, finished: kFinished, destroyed: kDestroyed, decodeStrings: kDecodeStrings,
    writing: kWriting, sync: kSync, bufferProcessing: kBufferProcessing, constructed: kConstructed,
    prefinished: kPrefinished, errorEmitted: kErrorEmitted, emitClose: kEmitClose,
    autoDestroy: kAutoDestroy, closed: kClosed, closeEmitted: kCloseEmitted, allBuffers: kAllBuffers,
    allNoop: kAllNoop,
  };
  for (const name of Object.keys(flagNames)) {
    Object.defineProperty(stateProto, name, S.flagAccessor(flagNames[name]));
  }

  // valueField defines the accessor of a field kept under key while bit is
  // set; it reads as fallback() otherwise, and a falsy value unsets it.
  function valueField(name, bit, key, fallback) {
    Object.defineProperty(stateProto, name, {
      __proto__: null,
      enumerable: false,
      configurable: false,
      get() { return (this[kState] & bit) !== 0 ? this[key] : fallback(); },
      set(value) {
        if (value) {
          this[key] = value;
          this[kState] |= bit;
        } else {
          this[kState] &= ~bit;
          this[key] = null;
        }
      },
    });
  }
  const nullValue = () => null;
  valueField('errored', kErrored, kErroredValue, nullValue);
  Object.defineProperties(stateProto, {
    writable: S.triStateAccessor(kHasWritable, kWritable, undefined),
    defaultEncoding: S.defaultEncodingAccessor(kDefaultUTF8Encoding, kDefaultEncodingValue),
  });
  valueField('writecb', kWriteCb, kWriteCbValue, () => nop);
  valueField('afterWriteTickInfo', kAfterWriteTickInfo, kAfterWriteTickInfoValue, nullValue);
  valueField('buffered', kBuffered, kBufferedValue, () => []);

  // erroredOf is state.errored.
  function erroredOf(state) {
    return (state[kState] & kErrored) !== 0 ? state[kErroredValue] : null;
  }

  // takeOnFinished removes and returns the callbacks end() queued for
  // 'finish' (null when there are none).
  function takeOnFinished(state) {
    const bits = state[kState];
    if ((bits & kOnFinished) === 0) return null;
    const callbacks = state[kOnFinishedValue];
    state[kOnFinishedValue] = null;
    state[kState] = bits & ~kOnFinished;
    return callbacks;
  }

  function resetBuffer(state) {
    state[kBufferedValue] = null;
    state.bufferedIndex = 0;
    state[kState] = (state[kState] & ~kBuffered) | kEmptyQueue;
  }

  stateProto.getBuffer = function getBuffer() {
    return (this[kState] & kBuffered) !== 0 ? this[kBufferedValue].slice(this.bufferedIndex) : [];
  };
  Object.defineProperty(stateProto, 'bufferedRequestCount', {
    __proto__: null,
    enumerable: false,
    configurable: false,
    get() {
      return (this[kState] & kBuffered) !== 0 ? this[kBufferedValue].length - this.bufferedIndex : 0;
    },
  });

  function Writable(options) {
    const isDuplex = this instanceof S.Duplex;
    if (!isDuplex && !ordinaryHasInstance.call(Writable, this)) return new Writable(options);
    if (this._events == null) {
      this._events = { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined };
    }
    this._writableState = new WritableState(options, this, isDuplex);
    if (options) {
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) S.addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    if (typeof this._construct === 'function') S.construct(this, () => writableConstructed(this));
  }

  // writableConstructed starts the writes (and the end) _construct held
  // back.
  function writableConstructed(stream) {
    const state = stream._writableState;
    if ((state[kState] & kWriting) === 0) clearBuffer(stream, state);
    ending.finishMaybe(stream, state);
  }
  Object.setPrototypeOf(Writable.prototype, Stream.prototype);
  Object.setPrototypeOf(Writable, Stream);
  Writable.WritableState = WritableState;

  // A Duplex is a Writable too, although it inherits from Readable.
  Object.defineProperty(Writable, Symbol.hasInstance, {
    __proto__: null,
    value: function (object) {
      if (ordinaryHasInstance.call(this, object)) return true;
      if (this !== Writable) return false;
      return !!object && object._writableState instanceof WritableState;
    },
  });

  const proto = Writable.prototype;

  proto.pipe = function pipe() {
    errorOrDestroy(this, codedError('ERR_STREAM_CANNOT_PIPE'));
  };

  // writeChunk validates and queues one write; it returns write()'s answer,
  // or the error when the stream can no longer be written.
  function writeChunk(stream, chunk, encoding, cb) {
    const state = stream._writableState;
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    if (typeof cb !== 'function') cb = nop;
    if (chunk === null) throw codedError('ERR_STREAM_NULL_VALUES');
    // (Flags are tested by truthiness: a comparison costs an instruction
    // more in goja.)
    const bits = state[kState];
    // Object mode hands the encoding argument on as given.
    if (!(bits & kObjectMode)) {
      if (!encoding) encoding = bits & kDefaultUTF8Encoding ? 'utf8' : state[kDefaultEncodingValue];
      else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
        throw codedError('ERR_UNKNOWN_ENCODING', encoding);
      }
      if (chunk instanceof Buffer) {
        encoding = 'buffer';
      } else if (typeof chunk === 'string') {
        if (bits & kDecodeStrings) {
          chunk = Buffer.from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (isView(chunk)) {
        chunk = S.uint8ArrayToBuffer(chunk);
        encoding = 'buffer';
      } else {
        throw S.invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
      }
    }
    if (bits & kWriteRefused) {
      const err = bits & kEnding ?
        codedError('ERR_STREAM_WRITE_AFTER_END') : codedError('ERR_STREAM_DESTROYED', 'write');
      nextTick(cb, err);
      errorOrDestroy(stream, err, true);
      return err;
    }
    state.pendingcb++;
    return writeOrBuffer(stream, state, bits, chunk, encoding, cb);
  }

  // write() is Go's (S.write): it makes a plain write on an idle socket
  // itself, and hands every other write to writeSlow.
  proto.write = S.write;
  S.writeSlow = function write(chunk, encoding, cb) {
    return writeChunk(this, chunk, encoding, cb) === true;
  };

  proto.cork = function cork() {
    const state = this._writableState;
    state.corked++;
    state[kState] |= kCorked;
  };

  proto.uncork = function uncork() {
    const state = this._writableState;
    if (state.corked) {
      if (--state.corked === 0) state[kState] &= ~kCorked;
      if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
    }
  };

  proto.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!Buffer.isEncoding(encoding)) throw codedError('ERR_UNKNOWN_ENCODING', encoding);
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  // writeOrBuffer starts the write now if the stream is idle, else queues
  // it behind the one in progress; bits are the state's flags.
  function writeOrBuffer(stream, state, bits, chunk, encoding, callback) {
    const len = bits & kObjectMode ? 1 : chunk.length;
    state.length += len;
    if ((bits & kWriteBlocked) !== kConstructed) {
      const entry = { chunk, encoding, callback };
      if (bits & kBuffered) {
        state[kBufferedValue].push(entry);
      } else {
        state[kBufferedValue] = [entry];
        bits |= kBuffered;
      }
      if (encoding !== 'buffer') bits &= ~kAllBuffers;
      if (callback !== nop) bits &= ~kAllNoop;
    } else {
      state.writelen = len;
      if (callback !== nop) {
        state[kWriteCbValue] = callback;
        bits |= kWriteCb;
      }
      state[kState] = bits | kWriteStarted;
      stream._write(chunk, encoding, state.onwrite);
      bits = state[kState] & kNotSync;
    }
    // Measured after the write: one completed synchronously no longer
    // counts, and an empty queue never asks for a 'drain'.
    const length = state.length;
    if (length >= state.highWaterMark && length !== 0) {
      state[kState] = bits | kNeedDrain;
      return false;
    }
    state[kState] = bits;
    return (bits & kFailed) === 0;
  }

  function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    let bits = state[kState] | kWriteStarted;
    if (cb !== nop) {
      state[kWriteCbValue] = cb;
      bits |= kWriteCb;
    }
    state[kState] = bits;
    if (bits & kDestroyed) state.onwrite(codedError('ERR_STREAM_DESTROYED', 'write'));
    else if (writev) stream._writev(chunk, state.onwrite);
    else stream._write(chunk, encoding, state.onwrite);
    state[kState] &= kNotSync;
  }

  // onwrite reads the flags of the write calling back with one bit
  // operation and clears them by subtraction: goja allocates for every
  // operand and result of a bit operation above 255, not for a comparison
  // or an addition.
  const kWriteKind = kExpectWriteCb | kWriting | kSync | kWriteCb;
  // A write without a callback completing synchronously, the common case.
  const kSyncNopWrite = kExpectWriteCb | kWriting | kSync;
  const kSyncNopDone = kExpectWriteCb | kWriting;
  // What makes such a write's end more than pendingcb--.
  const kSyncNopSlow = kBuffered | kNopPending | kObjectMode | kNeedDrain;

  // onwrite is the callback _write gets (bound to the stream).
  function onwrite(stream, er) {
    const state = stream._writableState;
    let bits = state[kState];
    const kind = bits & kWriteKind;
    if (kind < kExpectWriteCb) {
      errorOrDestroy(stream, codedError('ERR_MULTIPLE_CALLBACK'));
      return;
    }
    const syncNop = kind === kSyncNopWrite;
    let sync = true;
    let cb = nop;
    if (syncNop) {
      bits -= kSyncNopDone;
    } else {
      sync = (kind & kSync) !== 0;
      if (kind & kWriteCb) {
        cb = state[kWriteCbValue];
        state[kWriteCbValue] = null;
      }
      // Clears expectWriteCb, writing and writeCb; sync stays.
      bits -= sync ? kind - kSync : kind;
    }
    state.length -= state.writelen;
    state.writelen = 0;
    if (er) {
      void er.stack;
      if (!(bits & kErrored)) {
        state[kErroredValue] = er;
        bits |= kErrored;
      }
      state[kState] = bits;
      const r = stream._readableState;
      if (r && !r.errored) r.errored = er;
      if (sync) nextTick(onwriteError, stream, state, er, cb);
      else onwriteError(stream, state, er, cb);
      return;
    }
    state[kState] = bits;
    if (syncNop && !(bits & kSyncNopSlow)) {
      state.pendingcb--;
      return;
    }
    if (bits & kBuffered) {
      clearBuffer(stream, state);
      bits = state[kState];
    }
    if (sync) {
      if (cb === nop) {
        // A write without a callback that completed synchronously is
        // settled at once, unless the queue just emptied while a 'drain'
        // was asked for (or, in object mode, always) and no such
        // settlement is pending yet.
        if (!(bits & kNopPending) && (bits & kObjectMode || (bits & kNeedDrain && state.length === 0))) {
          state[kState] = bits | kNopPending;
          nextTick(afterNopWrite, stream, state);
        } else {
          state.pendingcb--;
        }
        return;
      }
      // Callbacks of writes completed synchronously run on the next tick,
      // one tick for a run of writes sharing a callback.
      deferWriteCb(stream, state, cb);
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }

  function onwriteError(stream, state, er, cb) {
    --state.pendingcb;
    cb(er);
    failBuffered(state);
    errorOrDestroy(stream, er);
  }

  function afterNopWrite(stream, state) {
    state[kState] &= ~kNopPending;
    afterWrite(stream, state, 1, nop);
  }

  function afterWrite(stream, state, count, cb) {
    // A 'drain' is due once the queue empties unless the stream is ending
    // (the cheap checks first: stream.destroyed is a getter call).
    const bits = state[kState];
    if ((bits & (kNeedDrain | kEnding)) === kNeedDrain && state.length === 0 && !stream.destroyed) {
      state[kState] = bits & ~kNeedDrain;
      stream.emit('drain');
    }
    while (count-- > 0) {
      state.pendingcb--;
      cb(null);
    }
    afterWriteEnd(stream, state);
  }

  // afterWriteEnd is the end of afterWrite: a destroyed stream's queue
  // fails, an ending one may finish. (Go settles a socket's write that
  // completes later itself, and calls this only when the stream is
  // destroyed or ending: it does nothing otherwise.)
  function afterWriteEnd(stream, state) {
    if (state[kState] & kDestroyed) failBuffered(state);
    ending.finishMaybe(stream, state, true);
  }

  // failBuffered fails every queued write and end callback of a stream
  // that errored or was destroyed.
  function failBuffered(state) {
    const bits = state[kState];
    if ((bits & kWriting) !== 0) return;
    if ((bits & kBuffered) !== 0) {
      const buffered = state[kBufferedValue];
      for (let n = state.bufferedIndex; n < buffered.length; ++n) {
        const { chunk, callback } = buffered[n];
        state.length -= (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
        callback(erroredOf(state) || codedError('ERR_STREAM_DESTROYED', 'write'));
      }
    }
    const callbacks = takeOnFinished(state);
    if (callbacks !== null) {
      for (const cb of callbacks) cb(erroredOf(state) || codedError('ERR_STREAM_DESTROYED', 'end'));
    }
    resetBuffer(state);
  }

  // clearBuffer writes out what was queued: all at once through _writev
  // when there is more than one chunk and the stream has one, else one
  // chunk at a time until a write goes asynchronous.
  function clearBuffer(stream, state) {
    const bits = state[kState];
    if ((bits & kClearable) !== (kConstructed | kBuffered)) return;
    const buffered = state[kBufferedValue];
    let i = state.bufferedIndex;
    const count = buffered.length - i;
    state[kState] = bits | kBufferProcessing;
    if (count > 1 && stream._writev) {
      state.pendingcb -= count - 1;
      const start = i;
      const allNoop = bits & kAllNoop;
      const callback = allNoop ? nop : (err) => {
        for (let n = start; n < buffered.length; ++n) buffered[n].callback(err);
      };
      const chunks = allNoop && i === 0 ? buffered : buffered.slice(i);
      chunks.allBuffers = (bits & kAllBuffers) !== 0;
      doWrite(stream, state, true, state.length, chunks, '', callback);
      resetBuffer(state);
    } else {
      const objectMode = bits & kObjectMode;
      do {
        const { chunk, encoding, callback } = buffered[i];
        buffered[i++] = null;
        doWrite(stream, state, false, objectMode ? 1 : chunk.length, chunk, encoding, callback);
      } while (i < buffered.length && !(state[kState] & kWriting));
      if (i === buffered.length) resetBuffer(state);
      else if (i > 256) {
        buffered.splice(0, i);
        state.bufferedIndex = 0;
      } else {
        state.bufferedIndex = i;
      }
    }
    state[kState] &= ~kBufferProcessing;
  }

  proto._write = function _write(chunk, encoding, cb) {
    if (this._writev) this._writev([{ chunk, encoding }], cb);
    else throw codedError('ERR_METHOD_NOT_IMPLEMENTED', '_write()');
  };

  proto._writev = null;

  // destroy() is Go's (S.writableDestroy, see closepath.go), which hands
  // this one the calls it does not settle itself.
  proto.destroy = S.writableDestroy;
  S.writableDestroySlow = function destroy(err, cb) {
    const bits = this._writableState[kState];
    // Writes still queued fail on the next tick rather than never.
    if ((bits & kDestroyed) === 0 && (bits & (kBuffered | kOnFinished)) !== 0) {
      nextTick(failBuffered, this._writableState);
    }
    S.destroy.call(this, err, cb);
    return this;
  };
  proto._undestroy = S.undestroy;
  proto._destroy = function _destroy(err, cb) {
    cb(err);
  };

  S.Writable = Writable;
  S.WritableState = WritableState;
  S.afterWriteEnd = afterWriteEnd;
  // What writable_end.js shares with this script.
  S.writableCore = {
    kBufferedValue, onwrite, kOnFinishedValue, kErroredValue, ending, writeChunk, writableConstructed, erroredOf, takeOnFinished,
  };
})
