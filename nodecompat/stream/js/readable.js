// Readable: the state and the buffer between an implementation's
// _read/push and its consumers, with Node's scheduling of 'readable',
// read-ahead, flowing and 'end' on later ticks. read() and setEncoding are
// in readable_read.js; listeners, pause/resume and the state getters in
// readable_flow.js.
(function (S) {
  'use strict';

  const Buffer = S.Buffer;
  const Stream = S.Stream;
  const nextTick = S.nextTick;
  const errorOrDestroy = S.errorOrDestroy;
  const codedError = S.codedError;
  const isView = ArrayBuffer.isView;
  const kPaused = Symbol('kPaused');

  // ReadableState keeps as its own properties Node's own keys (the buffer
  // and its counters) and the options that differ from the defaults;
  // every other field starts as a default on the prototype and becomes
  // the state's own once written. A state is then a handful of properties
  // until the stream is used, which makes a stream (a socket) cheaper to
  // create and to keep in goja.
  function ReadableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof S.Duplex;
    let objectMode = !!(options && options.objectMode);
    if (isDuplex) objectMode = objectMode || !!(options && options.readableObjectMode);
    this.highWaterMark = options ?
      S.highWaterMarkOf(objectMode, options, 'readableHighWaterMark', isDuplex) :
      S.getDefaultHighWaterMark(objectMode);
    this.buffer = [];
    this.bufferIndex = 0;
    this.length = 0;
    this.pipes = [];
    this.awaitDrainWriters = null;
    if (objectMode) this.objectMode = true;
    if (options) {
      if (options.emitClose === false) this.emitClose = false;
      if (options.autoDestroy === false) this.autoDestroy = false;
      if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
      if (options.encoding) {
        this.decoder = new S.StringDecoder(options.encoding);
        this.encoding = options.encoding;
      }
    }
  }
  S.stateDefaults(ReadableState.prototype, {
    objectMode: false,
    flowing: null,
    ended: false,
    endEmitted: false,
    reading: false,
    constructed: true,
    // sync stays true until the first _read returns: a push before that
    // is buffered, not emitted.
    sync: true,
    needReadable: false,
    emittedReadable: false,
    readableListening: false,
    resumeScheduled: false,
    errorEmitted: false,
    emitClose: true,
    autoDestroy: true,
    destroyed: false,
    errored: null,
    closed: false,
    closeEmitted: false,
    defaultEncoding: 'utf8',
    multiAwaitDrain: false,
    readingMore: false,
    dataEmitted: false,
    decoder: null,
    encoding: null,
    [kPaused]: null,
  });

  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    // Like Node, give _events the common events' keys up front (the
    // emitter then keeps its shape; eventNames skips the empty keys).
    if (this._events == null) {
      this._events = { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };
    }
    const isDuplex = this instanceof S.Duplex;
    this._readableState = new ReadableState(options, this, isDuplex);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal && !isDuplex) S.addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    if (typeof this._construct === 'function') S.construct(this, () => readableConstructed(this));
  }

  // readableConstructed starts the read-ahead _construct held back.
  function readableConstructed(stream) {
    const state = stream._readableState;
    if (state.needReadable) maybeReadMore(stream, state);
  }
  Object.setPrototypeOf(Readable.prototype, Stream.prototype);
  Object.setPrototypeOf(Readable, Stream);
  Readable.ReadableState = ReadableState;

  const proto = Readable.prototype;
  proto.destroy = S.destroy;
  proto._undestroy = S.undestroy;
  proto._destroy = function _destroy(err, cb) {
    cb(err);
  };

  // canPushMore is push()'s answer: whether the implementation may push
  // again before the next _read.
  function canPushMore(state) {
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }

  function badChunk(stream, chunk) {
    errorOrDestroy(stream, S.invalidArgType('chunk',
      'of type string or an instance of Buffer, TypedArray, or DataView', chunk));
    return false;
  }

  function pushEnd(stream, state) {
    state.reading = false;
    endOfData(stream, state);
    return false;
  }

  proto.push = function push(chunk, encoding) {
    const state = this._readableState;
    if (state.objectMode) return pushObject(this, state, chunk, encoding);
    if (chunk instanceof Buffer) return pushBytes(this, state, chunk, chunk.length, '');
    if (chunk === null) return pushEnd(this, state);
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding === encoding) return pushBytes(this, state, chunk, chunk.length, encoding);
      chunk = Buffer.from(chunk, encoding);
    } else if (isView(chunk)) {
      chunk = S.uint8ArrayToBuffer(chunk);
    } else if (chunk !== undefined) {
      return badChunk(this, chunk);
    } else {
      return pushBytes(this, state, chunk, 0, '');
    }
    return pushBytes(this, state, chunk, chunk.length, '');
  };

  // pushFromGo is push() for a Buffer of len bytes that Go made (a socket
  // read), sparing a length lookup; an overridden push is still honoured.
  // idleRead is the stream's _read while the producer goes on producing
  // without being asked (a socket whose handle reads), or undefined.
  //
  // The common case — a flowing stream with nothing buffered, 'data'
  // listeners and no decoder — is addChunk's direct emit done here in one
  // function. Its read-ahead (maybeReadMore's tick, whose read(0) only
  // calls an idle _read) is settled at once when readMore would call
  // read(0) once and that would do nothing but call idleRead: nothing
  // buffered, nothing ending or failing, and neither read nor _read
  // replaced. The state read(0) would leave (reading, needReadable) is then
  // set directly. Every chunk of a socket takes this path, so its checks
  // are written out here rather than calling helpers (a call costs as much
  // as a few property reads in goja).
  function pushFromGo(stream, chunk, len, idleRead) {
    if (stream.push !== proto.push) return stream.push(chunk);
    const state = stream._readableState;
    if (state.objectMode) return pushObject(stream, state, chunk, undefined);
    const events = stream._events;
    if (len === 0 || !state.flowing || state.length !== 0 || state.sync || state.decoder !== null ||
        state.ended || state.destroyed || state.errored || events == null || events.data === undefined) {
      return pushBytes(stream, state, chunk, len, '');
    }
    state.reading = false;
    if (state.awaitDrainWriters !== null) clearAwaitDrain(state);
    state.dataEmitted = true;
    stream.emit('data', chunk);
    return afterData(stream, state, idleRead);
  }

  // afterData is the rest of pushFromGo once 'data' is emitted: the
  // read-ahead and push's answer. (Go's Push does pushFromGo's common case
  // itself and calls this when its own, narrower test of an idle
  // read-ahead fails.)
  function afterData(stream, state, idleRead) {
    if (state.readingMore) return canPushMore(state);
    if (idleRead !== undefined && !state.reading && state.length === 0 &&
        (state.highWaterMark > 0 || state.flowing) && !state.ended && !state.destroyed && !state.errored &&
        state.constructed && stream._read === idleRead && stream.read === proto.read) {
      // Nothing is buffered and the stream has not ended: push's answer
      // is yes.
      state.reading = true;
      state.needReadable = true;
      return true;
    }
    maybeReadMore(stream, state);
    return canPushMore(state);
  }

  // pushBytes adds a byte-mode chunk of len units: bytes, or characters of
  // a string already in the stream's encoding (then encoding is set).
  function pushBytes(stream, state, chunk, len, encoding) {
    if (len === 0) {
      state.reading = false;
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
    if (state.ended) {
      errorOrDestroy(stream, codedError('ERR_STREAM_PUSH_AFTER_EOF'));
      return false;
    }
    if (state.destroyed || state.errored) return false;
    state.reading = false;
    if (state.decoder !== null && !encoding) {
      chunk = state.decoder.write(chunk);
      len = chunk.length;
      if (len === 0) {
        maybeReadMore(stream, state);
        return canPushMore(state);
      }
    }
    addChunk(stream, state, chunk, len, false);
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }

  function pushObject(stream, state, chunk, encoding) {
    if (chunk === null) return pushEnd(stream, state);
    if (state.ended) {
      errorOrDestroy(stream, codedError('ERR_STREAM_PUSH_AFTER_EOF'));
      return false;
    }
    if (state.destroyed || state.errored) return false;
    state.reading = false;
    if (state.decoder !== null && !encoding) chunk = state.decoder.write(chunk);
    addChunk(stream, state, chunk, 1, false);
    return canPushMore(state);
  }

  proto.unshift = function unshift(chunk, encoding) {
    const state = this._readableState;
    if (chunk === null) return pushEnd(this, state);
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
          chunk = state.encoding ?
            Buffer.from(chunk, encoding).toString(state.encoding) :
            Buffer.from(chunk, encoding);
        }
      } else if (isView(chunk) && !(chunk instanceof Buffer)) {
        chunk = S.uint8ArrayToBuffer(chunk);
      } else if (chunk !== undefined && !(chunk instanceof Buffer)) {
        return badChunk(this, chunk);
      }
      if (!chunk || chunk.length <= 0) return canPushMore(state);
    }
    if (state.endEmitted) {
      errorOrDestroy(this, codedError('ERR_STREAM_UNSHIFT_AFTER_END_EVENT'));
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      addChunk(this, state, chunk, state.objectMode ? 1 : chunk.length, true);
    }
    return canPushMore(state);
  };

  // addChunk hands chunk (len units) straight to 'data' listeners when the
  // stream flows with nothing buffered, else buffers it.
  function addChunk(stream, state, chunk, len, front) {
    if (state.flowing && state.length === 0 && !state.sync && hasDataListeners(stream)) {
      if (state.awaitDrainWriters !== null) clearAwaitDrain(state);
      state.dataEmitted = true;
      stream.emit('data', chunk);
    } else {
      state.length += len;
      if (!front) state.buffer.push(chunk);
      else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
      if (state.needReadable) emitReadable(stream);
    }
    if (!state.readingMore) maybeReadMore(stream, state);
  }

  // hasDataListeners is listenerCount('data') > 0, read straight from the
  // emitter's _events (which never keeps an empty entry).
  function hasDataListeners(stream) {
    const events = stream._events;
    return events != null && events.data !== undefined;
  }

  function clearAwaitDrain(state) {
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  function endOfData(stream, state) {
    if (state.ended) return;
    if (state.decoder !== null) {
      const rest = state.decoder.end();
      if (rest && rest.length) {
        state.buffer.push(rest);
        state.length += state.objectMode ? 1 : rest.length;
      }
    }
    state.ended = true;
    if (state.sync) {
      emitReadable(stream);
    } else {
      state.needReadable = false;
      state.emittedReadable = true;
      emitReadableNow(stream);
    }
  }

  // emitReadable schedules one 'readable' for the next tick.
  function emitReadable(stream) {
    const state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
      state.emittedReadable = true;
      nextTick(emitReadableNow, stream);
    }
  }

  function emitReadableNow(stream) {
    const state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
      stream.emit('readable');
      state.emittedReadable = false;
    }
    // Ask for another 'readable' while paused below the mark; otherwise
    // leave needReadable as it was (a pending request survives the end).
    if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
    flow(stream);
  }

  // maybeReadMore fills the buffer up to the high water mark on the next
  // tick, so that data is ready before anyone asks.
  function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
      state.readingMore = true;
      nextTick(readMore, stream, state);
    }
  }

  function readMore(stream, state) {
    while (!state.reading && !state.ended &&
           (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
      const before = state.length;
      stream.read(0);
      if (before === state.length) break;
    }
    state.readingMore = false;
  }

  proto._read = function _read(n) {
    throw codedError('ERR_METHOD_NOT_IMPLEMENTED', '_read()');
  };

  function flow(stream) {
    const state = stream._readableState;
    while (state.flowing && stream.read() !== null);
  }

  // endReadable schedules 'end' once the buffer is empty.
  function endReadable(stream) {
    const state = stream._readableState;
    if (!state.endEmitted) {
      state.ended = true;
      nextTick(emitEnd, state, stream);
    }
  }

  function emitEnd(state, stream) {
    if (state.errored || state.closeEmitted || state.endEmitted || state.length !== 0) return;
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      nextTick(endWritableSide, stream);
    } else if (state.autoDestroy) {
      const w = stream._writableState;
      if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
    }
  }

  function endWritableSide(stream) {
    if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
  }

  S.Readable = Readable;
  S.ReadableState = ReadableState;
  S.pushFromGo = pushFromGo;
  S.afterData = afterData;
  // What the other Readable scripts share with this one.
  S.readableCore = { kPaused, emitReadable, endReadable, flow, clearAwaitDrain, readableConstructed };
})
