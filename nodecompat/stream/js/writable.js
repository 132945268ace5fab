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
  const kOnFinished = Symbol('kOnFinished');
  const kSpareTickInfo = Symbol('kSpareTickInfo');
  const kNopPending = Symbol('kNopPending');
  const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];
  // ending holds what writable_end.js defines for the write path to call.
  const ending = {};

  // WritableState keeps as its own properties the counters, the buffer and
  // onwrite, and the options that differ from the defaults; every other
  // field starts as a default on the prototype and becomes the state's own
  // once written (see ReadableState).
  function WritableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof S.Duplex;
    let objectMode = !!(options && options.objectMode);
    if (isDuplex) objectMode = objectMode || !!(options && options.writableObjectMode);
    this.highWaterMark = options ?
      S.highWaterMarkOf(objectMode, options, 'writableHighWaterMark', isDuplex) :
      S.getDefaultHighWaterMark(objectMode);
    if (objectMode) this.objectMode = true;
    if (options) {
      if (options.decodeStrings === false) this.decodeStrings = false;
      const encoding = options.defaultEncoding;
      if (encoding != null && encoding !== 'utf8' && encoding !== 'utf-8') {
        if (!Buffer.isEncoding(encoding)) throw codedError('ERR_UNKNOWN_ENCODING', encoding);
        this.defaultEncoding = encoding;
      }
      if (options.emitClose === false) this.emitClose = false;
      if (options.autoDestroy === false) this.autoDestroy = false;
    }
    this.length = 0;
    this.corked = 0;
    this.onwrite = onwrite.bind(undefined, stream);
    this.writelen = 0;
    this.buffered = [];
    this.bufferedIndex = 0;
    this.pendingcb = 0;
    this[kOnFinished] = [];
  }
  S.stateDefaults(WritableState.prototype, {
    objectMode: false,
    finalCalled: false,
    needDrain: false,
    ending: false,
    ended: false,
    finished: false,
    destroyed: false,
    decodeStrings: true,
    defaultEncoding: 'utf8',
    writing: false,
    // sync is true while _write runs, so that a callback it calls at once
    // is deferred to the next tick.
    sync: true,
    bufferProcessing: false,
    writecb: null,
    afterWriteTickInfo: null,
    [kSpareTickInfo]: null,
    [kNopPending]: false,
    allBuffers: true,
    allNoop: true,
    constructed: true,
    prefinished: false,
    errorEmitted: false,
    emitClose: true,
    autoDestroy: true,
    errored: null,
    closed: false,
    closeEmitted: false,
  });

  function resetBuffer(state) {
    state.buffered = [];
    state.bufferedIndex = 0;
    state.allBuffers = true;
    state.allNoop = true;
  }

  WritableState.prototype.getBuffer = function getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
  };
  Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
    __proto__: null,
    get() { return this.buffered.length - this.bufferedIndex; },
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
    if (!state.writing) clearBuffer(stream, state);
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
    // Object mode hands the encoding argument on as given.
    if (!state.objectMode) {
      if (!encoding) encoding = state.defaultEncoding;
      else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
        throw codedError('ERR_UNKNOWN_ENCODING', encoding);
      }
      if (chunk instanceof Buffer) {
        encoding = 'buffer';
      } else if (typeof chunk === 'string') {
        if (state.decodeStrings !== false) {
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
    let err;
    if (state.ending) err = codedError('ERR_STREAM_WRITE_AFTER_END');
    else if (state.destroyed) err = codedError('ERR_STREAM_DESTROYED', 'write');
    if (err) {
      nextTick(cb, err);
      errorOrDestroy(stream, err, true);
      return err;
    }
    state.pendingcb++;
    return writeOrBuffer(stream, state, chunk, encoding, cb);
  }

  // A plain write on a stream whose _write is S.directWrite (a socket's) is
  // made by S.writeDirect in Go when the stream is idle; it answers
  // undefined when this path must make it.
  proto.write = function write(chunk, encoding, cb) {
    if (encoding === undefined && cb === undefined && this._write === S.directWrite) {
      const ret = S.writeDirect(this, chunk);
      if (ret !== undefined) return ret;
    }
    return writeChunk(this, chunk, encoding, cb) === true;
  };

  proto.cork = function cork() {
    this._writableState.corked++;
  };

  proto.uncork = function uncork() {
    const state = this._writableState;
    if (state.corked) {
      state.corked--;
      if (!state.writing) clearBuffer(this, state);
    }
  };

  proto.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!Buffer.isEncoding(encoding)) throw codedError('ERR_UNKNOWN_ENCODING', encoding);
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  // writeOrBuffer starts the write now if the stream is idle, else queues
  // it behind the one in progress.
  function writeOrBuffer(stream, state, chunk, encoding, callback) {
    const len = state.objectMode ? 1 : chunk.length;
    state.length += len;
    if (state.writing || state.corked || state.errored || !state.constructed) {
      state.buffered.push({ chunk, encoding, callback });
      if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
      if (state.allNoop && callback !== nop) state.allNoop = false;
    } else {
      state.writelen = len;
      state.writecb = callback;
      state.writing = true;
      state.sync = true;
      stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    // Measured after the write: one completed synchronously no longer
    // counts, and an empty queue never asks for a 'drain'.
    const ret = state.length < state.highWaterMark || state.length === 0;
    if (!ret) state.needDrain = true;
    return ret && !state.errored && !state.destroyed;
  }

  function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    if (state.destroyed) state.onwrite(codedError('ERR_STREAM_DESTROYED', 'write'));
    else if (writev) stream._writev(chunk, state.onwrite);
    else stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  // onwrite is the callback _write gets (bound to the stream).
  function onwrite(stream, er) {
    const state = stream._writableState;
    const sync = state.sync;
    const cb = state.writecb;
    if (typeof cb !== 'function') {
      errorOrDestroy(stream, codedError('ERR_MULTIPLE_CALLBACK'));
      return;
    }
    state.writing = false;
    state.writecb = null;
    state.length -= state.writelen;
    state.writelen = 0;
    if (er) {
      void er.stack;
      if (!state.errored) state.errored = er;
      const r = stream._readableState;
      if (r && !r.errored) r.errored = er;
      if (sync) nextTick(onwriteError, stream, state, er, cb);
      else onwriteError(stream, state, er, cb);
      return;
    }
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      if (cb === nop) {
        // A write without a callback that completed synchronously is
        // settled at once, unless the queue just emptied while a 'drain'
        // was asked for (or, in object mode, always) and no such
        // settlement is pending yet.
        if (!state[kNopPending] && (state.objectMode || (state.needDrain && state.length === 0))) {
          state[kNopPending] = true;
          nextTick(afterNopWrite, stream, state);
        } else {
          state.pendingcb--;
        }
        return;
      }
      // Callbacks of writes completed synchronously run on the next tick,
      // one tick for a run of writes sharing a callback.
      const info = state.afterWriteTickInfo;
      if (info !== null && info.cb === cb) {
        info.count++;
      } else {
        let next = state[kSpareTickInfo];
        if (next !== null) {
          state[kSpareTickInfo] = null;
          next.count = 1;
          next.cb = cb;
        } else {
          next = { count: 1, cb, stream, state };
        }
        state.afterWriteTickInfo = next;
        nextTick(afterWriteTick, next);
      }
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

  // afterWriteTick runs the callbacks of synchronously completed writes;
  // its record is kept for reuse, sparing an object per write.
  function afterWriteTick(info) {
    const state = info.state;
    const cb = info.cb;
    state.afterWriteTickInfo = null;
    info.cb = null;
    state[kSpareTickInfo] = info;
    afterWrite(info.stream, state, info.count, cb);
  }

  function afterNopWrite(stream, state) {
    state[kNopPending] = false;
    afterWrite(stream, state, 1, nop);
  }

  // drainDue tells whether 'drain' should be emitted now (the cheap
  // checks first: stream.destroyed is a getter call).
  function drainDue(stream, state) {
    return state.needDrain && state.length === 0 && !state.ending && !stream.destroyed;
  }

  function afterWrite(stream, state, count, cb) {
    if (drainDue(stream, state)) {
      state.needDrain = false;
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
    if (state.destroyed) failBuffered(state);
    ending.finishMaybe(stream, state, true);
  }

  // failBuffered fails every queued write and end callback of a stream
  // that errored or was destroyed.
  function failBuffered(state) {
    if (state.writing) return;
    for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
      const { chunk, callback } = state.buffered[n];
      state.length -= state.objectMode ? 1 : chunk.length;
      callback(state.errored || codedError('ERR_STREAM_DESTROYED', 'write'));
    }
    for (const cb of state[kOnFinished].splice(0)) {
      cb(state.errored || codedError('ERR_STREAM_DESTROYED', 'end'));
    }
    resetBuffer(state);
  }

  // clearBuffer writes out what was queued: all at once through _writev
  // when there is more than one chunk and the stream has one, else one
  // chunk at a time until a write goes asynchronous.
  function clearBuffer(stream, state) {
    if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
    const buffered = state.buffered;
    const count = buffered.length - state.bufferedIndex;
    if (!count) return;
    let i = state.bufferedIndex;
    state.bufferProcessing = true;
    if (count > 1 && stream._writev) {
      state.pendingcb -= count - 1;
      const start = i;
      const callback = state.allNoop ? nop : (err) => {
        for (let n = start; n < buffered.length; ++n) buffered[n].callback(err);
      };
      const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
      chunks.allBuffers = state.allBuffers;
      doWrite(stream, state, true, state.length, chunks, '', callback);
      resetBuffer(state);
    } else {
      do {
        const { chunk, encoding, callback } = buffered[i];
        buffered[i++] = null;
        doWrite(stream, state, false, state.objectMode ? 1 : chunk.length, chunk, encoding, callback);
      } while (i < buffered.length && !state.writing);
      if (i === buffered.length) resetBuffer(state);
      else if (i > 256) {
        buffered.splice(0, i);
        state.bufferedIndex = 0;
      } else {
        state.bufferedIndex = i;
      }
    }
    state.bufferProcessing = false;
  }

  proto._write = function _write(chunk, encoding, cb) {
    if (this._writev) this._writev([{ chunk, encoding }], cb);
    else throw codedError('ERR_METHOD_NOT_IMPLEMENTED', '_write()');
  };

  proto._writev = null;

  proto.destroy = function destroy(err, cb) {
    const state = this._writableState;
    // Writes still queued fail on the next tick rather than never.
    if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
      nextTick(failBuffered, state);
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
  S.writableCore = { kOnFinished, ending, writeChunk, writableConstructed };
})
