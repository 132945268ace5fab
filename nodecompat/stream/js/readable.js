// Readable: the buffer between an implementation's _read/push and the
// consumer's 'data', 'readable' and read(n), with flowing and paused
// modes, highWaterMark backpressure, setEncoding and Node's scheduling of
// 'readable', 'end' and 'close' on later ticks.
(function (S) {
  'use strict';

  const Buffer = S.Buffer;
  const Stream = S.Stream;
  const nextTick = S.nextTick;
  const errorOrDestroy = S.errorOrDestroy;
  const codedError = S.codedError;
  const isView = ArrayBuffer.isView;
  const kPaused = Symbol('kPaused');
  const MAX_HWM = 0x40000000; // 1 GiB

  function ReadableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof S.Duplex;
    this.objectMode = !!(options && options.objectMode);
    if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
    this.highWaterMark = options ?
      S.highWaterMarkOf(this.objectMode, options, 'readableHighWaterMark', isDuplex) :
      S.getDefaultHighWaterMark(this.objectMode);
    this.buffer = [];
    this.bufferIndex = 0;
    this.length = 0;
    this.pipes = [];
    this.awaitDrainWriters = null;
    this.flowing = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    // sync stays true until the first _read returns: a push before that
    // is buffered, not emitted.
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.errorEmitted = false;
    this.emitClose = !options || options.emitClose !== false;
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
    this.multiAwaitDrain = false;
    this.readingMore = false;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    this[kPaused] = null;
    if (options && options.encoding) {
      this.decoder = new S.StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }

  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    const isDuplex = this instanceof S.Duplex;
    this._readableState = new ReadableState(options, this, isDuplex);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal && !isDuplex) S.addAbortSignal(options.signal, this);
    }
    Stream.call(this, options);
    S.construct(this, () => {
      const state = this._readableState;
      if (state.needReadable) maybeReadMore(this, state);
    });
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
  function pushFromGo(stream, chunk, len) {
    if (stream.push !== proto.push) return stream.push(chunk);
    const state = stream._readableState;
    if (state.objectMode) return pushObject(stream, state, chunk, undefined);
    return pushBytes(stream, state, chunk, len, '');
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

  proto.isPaused = function isPaused() {
    const state = this._readableState;
    return state[kPaused] === true || state.flowing === false;
  };

  proto.setEncoding = function setEncoding(enc) {
    const decoder = new S.StringDecoder(enc);
    const state = this._readableState;
    state.decoder = decoder;
    state.encoding = decoder.encoding;
    let text = '';
    for (let i = state.bufferIndex; i < state.buffer.length; i++) text += decoder.write(state.buffer[i]);
    state.buffer.length = 0;
    state.bufferIndex = 0;
    if (text !== '') state.buffer.push(text);
    state.length = text.length;
    return this;
  };

  // nextHighWaterMark rounds a large read size up to a power of two.
  function nextHighWaterMark(n) {
    if (n > MAX_HWM) throw S.outOfRange('size', '<= 1GiB', n);
    let hwm = 1;
    while (hwm < n) hwm *= 2;
    return hwm;
  }

  // readSize is how many bytes (or objects) read(n) can return now.
  function readSize(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) return 0;
    if (state.objectMode) return 1;
    if (n !== n) {
      if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
      return state.length;
    }
    if (n <= state.length) return n;
    return state.ended ? state.length : 0;
  }

  proto.read = function read(n) {
    const state = this._readableState;
    if (n !== 0) {
      // (read(0), a refill request, is the common call: it skips this.)
      if (n === undefined) n = NaN;
      else if ((n | 0) !== n && !Number.isInteger(n)) n = parseInt(n, 10);
      if (n > state.highWaterMark) state.highWaterMark = nextHighWaterMark(n);
      if (n !== 0) state.emittedReadable = false;
    }

    if (n === 0 && state.needReadable &&
        ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
      if (state.length === 0 && state.ended) endReadable(this);
      else emitReadable(this);
      return null;
    }

    const requested = n;
    n = n === 0 ? 0 : readSize(n, state);
    if (n === 0 && state.ended) {
      if (state.length === 0) endReadable(this);
      return null;
    }

    let callRead = state.needReadable || state.length === 0 || state.length - n < state.highWaterMark;
    if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
      callRead = false;
    }
    if (callRead) {
      state.reading = true;
      state.sync = true;
      if (state.length === 0) state.needReadable = true;
      try {
        this._read(state.highWaterMark);
      } catch (err) {
        errorOrDestroy(this, err);
      }
      state.sync = false;
      if (!state.reading) n = readSize(requested, state);
    }

    let ret = n > 0 ? takeFromBuffer(n, state) : null;
    if (ret === null) {
      state.needReadable = state.length <= state.highWaterMark;
      n = 0;
    } else {
      state.length -= n;
      clearAwaitDrain(state);
    }
    if (state.length === 0) {
      if (!state.ended) state.needReadable = true;
      if (requested !== n && state.ended) endReadable(this);
    }
    if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
      state.dataEmitted = true;
      this.emit('data', ret);
    }
    return ret;
  };

  // takeFromBuffer removes n units from the buffer (the whole buffer when
  // n covers it), joining or splitting chunks as needed. It does not
  // change state.length; read() does.
  function takeFromBuffer(n, state) {
    if (state.length === 0) return null;
    const buf = state.buffer;
    let i = state.bufferIndex;
    let ret;
    if (state.objectMode) {
      ret = buf[i];
      buf[i++] = null;
    } else if (!n || n >= state.length) {
      if (state.decoder !== null) {
        ret = '';
        for (; i < buf.length; i++) ret += buf[i];
      } else if (buf.length - i === 1) {
        ret = buf[i];
      } else {
        ret = Buffer.concat(i === 0 ? buf : buf.slice(i), state.length);
      }
      i = buf.length;
    } else if (n < buf[i].length) {
      ret = buf[i].slice(0, n);
      buf[i] = buf[i].slice(n);
    } else if (n === buf[i].length) {
      ret = buf[i];
      buf[i++] = null;
    } else if (state.decoder !== null) {
      // Node compares what is still wanted with the buffer list's length
      // (not the chunk's) when the last chunk is reached: an exact fit
      // leaves an empty string behind, and a coincidence takes the whole
      // chunk. Both quirks are observable (a flowing stream stalls on the
      // empty string), so they are kept.
      ret = '';
      let want = n;
      while (i < buf.length) {
        const str = buf[i];
        if (want > str.length) {
          ret += str;
          want -= str.length;
          buf[i++] = null;
        } else {
          if (want === buf.length) {
            ret += str;
            buf[i++] = null;
          } else {
            ret += str.slice(0, want);
            buf[i] = str.slice(want);
          }
          break;
        }
      }
    } else {
      ret = Buffer.allocUnsafe(n);
      let filled = 0;
      while (filled < n) {
        const data = buf[i];
        const want = n - filled;
        if (data.length <= want) {
          ret.set(data, filled);
          filled += data.length;
          buf[i++] = null;
        } else {
          ret.set(data.subarray(0, want), filled);
          buf[i] = data.slice(want);
          filled = n;
        }
      }
    }
    if (i === buf.length) {
      buf.length = 0;
      i = 0;
    } else if (i > 1024) {
      buf.splice(0, i);
      i = 0;
    }
    state.bufferIndex = i;
    return ret;
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

  proto.on = function on(ev, fn) {
    const res = Stream.prototype.on.call(this, ev, fn);
    const state = this._readableState;
    if (ev === 'data') {
      // A 'readable' listener turns resume() below into a no-op; one
      // removed just now still counts until the next tick.
      if (this.listenerCount('readable') > 0) state.readableListening = true;
      if (state.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!state.endEmitted && !state.readableListening) {
        state.readableListening = state.needReadable = true;
        state.flowing = false;
        state.emittedReadable = false;
        if (state.length) emitReadable(this);
        else if (!state.reading) nextTick(readZero, this);
      }
    }
    return res;
  };
  proto.addListener = proto.on;

  function readZero(stream) {
    stream.read(0);
  }

  proto.removeListener = function removeListener(ev, fn) {
    const res = Stream.prototype.removeListener.call(this, ev, fn);
    if (ev === 'readable') nextTick(updateReadableListening, this);
    return res;
  };
  proto.off = proto.removeListener;

  proto.removeAllListeners = function removeAllListeners(ev) {
    const res = Stream.prototype.removeAllListeners.apply(this, arguments);
    if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
    return res;
  };

  function updateReadableListening(stream) {
    const state = stream._readableState;
    state.readableListening = stream.listenerCount('readable') > 0;
    if (state.resumeScheduled && state[kPaused] === false) state.flowing = true;
    else if (stream.listenerCount('data') > 0) stream.resume();
    else if (!state.readableListening) state.flowing = null;
  }

  proto.resume = function resume() {
    const state = this._readableState;
    if (!state.flowing) {
      // With 'readable' listeners, resume only drains; it does not flow.
      state.flowing = !state.readableListening;
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        nextTick(resumeNow, this, state);
      }
    }
    state[kPaused] = false;
    return this;
  };

  function resumeNow(stream, state) {
    if (!state.reading) stream.read(0);
    state.resumeScheduled = false;
    stream.emit('resume');
    flow(stream);
    if (state.flowing && !state.reading) stream.read(0);
  }

  proto.pause = function pause() {
    const state = this._readableState;
    if (state.flowing !== false) {
      state.flowing = false;
      this.emit('pause');
    }
    state[kPaused] = true;
    return this;
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

  function stateGetter(name, fallback) {
    return function () {
      const state = this._readableState;
      return state ? state[name] : fallback;
    };
  }

  Object.defineProperties(proto, {
    readable: {
      __proto__: null,
      get() {
        const r = this._readableState;
        return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
      },
      set(val) {
        if (this._readableState) this._readableState.readable = !!val;
      },
    },
    readableDidRead: { __proto__: null, enumerable: false, get() { return this._readableState.dataEmitted; } },
    readableAborted: {
      __proto__: null,
      enumerable: false,
      get() {
        const r = this._readableState;
        return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
      },
    },
    readableHighWaterMark: { __proto__: null, enumerable: false, get() { return this._readableState.highWaterMark; } },
    readableBuffer: {
      __proto__: null,
      enumerable: false,
      get() {
        const r = this._readableState;
        return r && r.buffer.slice(r.bufferIndex);
      },
    },
    readableFlowing: {
      __proto__: null,
      enumerable: false,
      get() { return this._readableState.flowing; },
      set(value) { if (this._readableState) this._readableState.flowing = value; },
    },
    readableLength: { __proto__: null, enumerable: false, get() { return this._readableState.length; } },
    readableObjectMode: { __proto__: null, enumerable: false, get: stateGetter('objectMode', false) },
    readableEncoding: { __proto__: null, enumerable: false, get: stateGetter('encoding', null) },
    errored: { __proto__: null, enumerable: false, get: stateGetter('errored', null) },
    closed: { __proto__: null, get: stateGetter('closed', false) },
    destroyed: {
      __proto__: null,
      enumerable: false,
      get: stateGetter('destroyed', false),
      set(value) { if (this._readableState) this._readableState.destroyed = value; },
    },
    readableEnded: { __proto__: null, enumerable: false, get: stateGetter('endEmitted', false) },
  });

  Readable._fromList = takeFromBuffer;

  S.Readable = Readable;
  S.pushFromGo = pushFromGo;
})
