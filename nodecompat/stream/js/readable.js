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
  const emitterEmit = S.EventEmitter.prototype.emit;
  const kState = S.kState;
  const { flagAccessor, triStateAccessor, defaultEncodingAccessor } = S;
  const {
    kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed, kCloseEmitted, kErrored,
    kConstructed, kEnded, kEndEmitted, kReading, kSync, kNeedReadable, kEmittedReadable, kReadableListening,
    kResumeScheduled, kMultiAwaitDrain, kReadingMore, kDataEmitted, kDefaultUTF8Encoding, kDecoder,
    kEncoding, kHasFlowing, kFlowing, kHasPaused, kPaused, kDataListening,
  } = S.readableBits;
  // The writable side's bits that tell emitEnd whether to destroy.
  const { kAutoDestroy: kWAutoDestroy, kFinished: kWFinished, kHasWritable: kWHasWritable } = S.writableBits;
  const kWWritableField = kWHasWritable | S.writableBits.kWritable;
  // The values behind the errored, defaultEncoding, decoder and encoding
  // bits.
  const kErroredValue = Symbol('kErroredValue');
  const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
  const kDecoderValue = Symbol('kDecoderValue');
  const kEncodingValue = Symbol('kEncodingValue');
  // A fresh state: constructed, emitClose, autoDestroy, sync (true until
  // the first _read returns: a push before that is buffered, not
  // emitted) and the default encoding.
  const kFreshState = kConstructed | kEmitClose | kAutoDestroy | kSync | kDefaultUTF8Encoding;
  // Any of these stops a push from being delivered or read ahead.
  const kGone = kEnded | kDestroyed | kErrored;
  // In goja a bitwise operation allocates for each operand and result
  // outside 0..255, which a flags number always is: the hot paths test
  // several flags with one mask, and take combined masks from constants
  // rather than combining them at run time.
  const kNotReading = ~kReading;
  const kNotReadingMore = ~kReadingMore;
  const kNotNeedReadable = ~kNeedReadable;
  const kNotEmittedReadable = ~kEmittedReadable;
  const kFailed = kDestroyed | kErrored;
  // Under kReadMoreMask the flags are kConstructed when a read-ahead may
  // be scheduled (none is, and _construct is done).
  const kReadMoreMask = kReadingMore | kConstructed;
  const kReadingOrEnded = kReading | kEnded;
  // Any of these means 'end' is not to be emitted.
  const kEndBlocked = kErrored | kCloseEmitted | kEndEmitted;

  // ReadableState is laid out as Node 20.20's: its own properties are the
  // buffer, its counters and the pipes, and every flag is a bit of
  // this[kState] (Go's data path reads them all in one read), with an
  // accessor of Node's name on the prototype for user code. The values of
  // errored, decoder, encoding and a non-utf8 defaultEncoding sit under
  // symbols, their bits telling whether they are set.
  function ReadableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof S.Duplex;
    let objectMode = !!(options && options.objectMode);
    if (isDuplex) objectMode = objectMode || !!(options && options.readableObjectMode);
    this.highWaterMark = options ?
      S.highWaterMarkOf(objectMode, options, 'readableHighWaterMark', isDuplex) :
      S.getDefaultHighWaterMark(objectMode);
    addBuffers(this);
    let bits = objectMode ? kFreshState | kObjectMode : kFreshState;
    if (options) {
      if (options.emitClose === false) bits &= ~kEmitClose;
      if (options.autoDestroy === false) bits &= ~kAutoDestroy;
      const defaultEncoding = options.defaultEncoding;
      if (defaultEncoding != null && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
        if (!Buffer.isEncoding(defaultEncoding)) throw codedError('ERR_UNKNOWN_ENCODING', defaultEncoding);
        bits &= ~kDefaultUTF8Encoding;
        this[kState] = bits;
        this[kDefaultEncodingValue] = defaultEncoding;
      }
      if (options.encoding) {
        this[kState] = bits | kDecoder | kEncoding;
        this[kDecoderValue] = new S.StringDecoder(options.encoding);
        this[kEncodingValue] = options.encoding;
        return;
      }
    }
    this[kState] = bits;
  }

  // addBuffers gives a new state its buffer, counters and pipes, in Node's
  // order.
  function addBuffers(state) {
    state.buffer = [];
    state.bufferIndex = 0;
    state.length = 0;
    state.pipes = [];
    state.awaitDrainWriters = null;
  }

  // valueProperty is the accessor of a field that is null unless bit says
  // that key holds its value; a falsy value clears it.
  function valueProperty(bit, key) {
    return {
      __proto__: null,
      enumerable: false,
      configurable: false,
      get() { return (this[kState] & bit) !== 0 ? this[key] : null; },
      set(value) {
        if (value) {
          this[key] = value;
          this[kState] |= bit;
        } else {
          this[kState] &= ~bit;
        }
      },
    };
  }

  // The accessors, in Node's order (which util.inspect with showHidden
  // shows).
  Object.defineProperties(ReadableState.prototype, {
    objectMode: flagAccessor(kObjectMode),
    ended: flagAccessor(kEnded),
    endEmitted: flagAccessor(kEndEmitted),
    reading: flagAccessor(kReading),
    constructed: flagAccessor(kConstructed),
    sync: flagAccessor(kSync),
    needReadable: flagAccessor(kNeedReadable),
    emittedReadable: flagAccessor(kEmittedReadable),
    readableListening: flagAccessor(kReadableListening),
    resumeScheduled: flagAccessor(kResumeScheduled),
    errorEmitted: flagAccessor(kErrorEmitted),
    emitClose: flagAccessor(kEmitClose),
    autoDestroy: flagAccessor(kAutoDestroy),
    destroyed: flagAccessor(kDestroyed),
    closed: flagAccessor(kClosed),
    closeEmitted: flagAccessor(kCloseEmitted),
    multiAwaitDrain: flagAccessor(kMultiAwaitDrain),
    readingMore: flagAccessor(kReadingMore),
    dataEmitted: flagAccessor(kDataEmitted),
    errored: valueProperty(kErrored, kErroredValue),
    defaultEncoding: defaultEncodingAccessor(kDefaultUTF8Encoding, kDefaultEncodingValue),
    decoder: valueProperty(kDecoder, kDecoderValue),
    encoding: valueProperty(kEncoding, kEncodingValue),
    // flowing is null until the stream is resumed or paused.
    flowing: triStateAccessor(kHasFlowing, kFlowing, null),
    pipesCount: {
      __proto__: null,
      enumerable: false,
      configurable: false,
      get() { return this.pipes.length; },
    },
    // paused reads false until pause() (kHasPaused then tells a resume()
    // apart from no call at all).
    paused: {
      __proto__: null,
      enumerable: false,
      configurable: false,
      get() { return (this[kState] & kPaused) !== 0; },
      set(value) {
        if (value) this[kState] |= kHasPaused | kPaused;
        else this[kState] = (this[kState] | kHasPaused) & ~kPaused;
      },
    },
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

  // As in Node, a state's work once _construct is done is its method under
  // kOnConstructed: the read-ahead _construct held back.
  const kOnConstructed = Symbol('kOnConstructed');
  ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
    if ((this[kState] & kNeedReadable) !== 0) maybeReadMore(stream, this);
  };

  function readableConstructed(stream) {
    stream._readableState[kOnConstructed](stream);
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
    return (state[kState] & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
  }

  function badChunk(stream, chunk) {
    errorOrDestroy(stream, S.invalidArgType('chunk',
      'of type string or an instance of Buffer, TypedArray, or DataView', chunk));
    return false;
  }

  function pushEnd(stream, state) {
    state[kState] &= kNotReading;
    endOfData(stream, state);
    return false;
  }

  // defaultEncodingOf and encodingOf are the defaultEncoding and encoding
  // accessors' values for the functions here, read from the flags the
  // caller already has.
  function defaultEncodingOf(state, flags) {
    return (flags & kDefaultUTF8Encoding) !== 0 ? 'utf8' : state[kDefaultEncodingValue];
  }

  function encodingOf(state, flags) {
    return (flags & kEncoding) !== 0 ? state[kEncodingValue] : null;
  }

  proto.push = function push(chunk, encoding) {
    const state = this._readableState;
    const flags = state[kState];
    if ((flags & kObjectMode) !== 0) return pushObject(this, state, chunk, encoding);
    if (chunk instanceof Buffer) return pushBytes(this, state, chunk, chunk.length, '');
    if (chunk === null) return pushEnd(this, state);
    if (typeof chunk === 'string') {
      encoding = encoding || defaultEncodingOf(state, flags);
      if (encodingOf(state, flags) === encoding) return pushBytes(this, state, chunk, chunk.length, encoding);
      chunk = Buffer.from(chunk, encoding);
    } else if (isView(chunk)) {
      chunk = S.uint8ArrayToBuffer(chunk);
    } else if (chunk !== void 0) {
      return badChunk(this, chunk);
    } else {
      return pushBytes(this, state, chunk, 0, '');
    }
    return pushBytes(this, state, chunk, chunk.length, '');
  };

  // kDirectMask and kDirect: the flags under the mask are kDirect when a
  // chunk may go straight to 'data' (byte mode, flowing, 'data' listening,
  // past the first _read, no decoder, nothing ending or failing).
  const kDirectMask = kObjectMode | kFlowing | kDataListening | kSync | kDecoder | kGone;
  const kDirect = kFlowing | kDataListening;

  // pushFromGo is push() for a Buffer of len bytes that Go made (a socket
  // read), sparing a length lookup; an overridden push is still honoured.
  // idleRead is the stream's _read while the producer goes on producing
  // without being asked (a socket whose handle reads), or undefined.
  //
  // The common case — a flowing stream with nothing buffered, 'data'
  // listening and no decoder — is addChunk's direct emit done here in one
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
    const flags = state[kState];
    if ((flags & kObjectMode) !== 0) return pushObject(stream, state, chunk, undefined);
    if (len === 0 || (flags & kDirectMask) !== kDirect || state.length !== 0) {
      return pushBytes(stream, state, chunk, len, '');
    }
    state[kState] = (flags & kNotReading) | kDataEmitted;
    if (state.awaitDrainWriters !== null) clearAwaitDrain(state);
    stream.emit('data', chunk);
    return afterData(stream, state, idleRead);
  }

  // kIdleMask and kIdle: the flags under the mask are kIdle when the
  // read-ahead may be settled at once (see afterData).
  const kIdleMask = kReadingMore | kReading | kGone | kConstructed;
  const kIdle = kConstructed;
  const kReadingNeedReadable = kReading | kNeedReadable;

  // afterData is the rest of pushFromGo once 'data' is emitted: the
  // read-ahead and push's answer. (Go's Push does pushFromGo's common case
  // itself and calls this when its own, narrower test of an idle
  // read-ahead fails.)
  function afterData(stream, state, idleRead) {
    const flags = state[kState];
    if ((flags & kReadMoreMask) === kConstructed) {
      if (idleRead !== void 0 && (flags & kIdleMask) === kIdle && state.length === 0 &&
          (state.highWaterMark > 0 || (flags & kFlowing) !== 0) &&
          stream._read === idleRead && stream.read === proto.read) {
        // Nothing is buffered and the stream has not ended: push's answer
        // is yes.
        state[kState] = flags | kReadingNeedReadable;
        return true;
      }
      // maybeReadMore
      state[kState] = flags | kReadingMore;
      nextTick(readMore, stream, state);
    }
    // canPushMore (the read-ahead changed no other flag)
    return (flags & kEnded) === 0 && (state.length < state.highWaterMark || state.length === 0);
  }

  // pushBytes adds a byte-mode chunk of len units: bytes, or characters of
  // a string already in the stream's encoding (then encoding is set).
  function pushBytes(stream, state, chunk, len, encoding) {
    const flags = state[kState];
    if (len === 0) {
      state[kState] = flags & kNotReading;
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
    if ((flags & kGone) !== 0) {
      if ((flags & kEnded) !== 0) errorOrDestroy(stream, codedError('ERR_STREAM_PUSH_AFTER_EOF'));
      return false;
    }
    state[kState] = flags & kNotReading;
    if ((flags & kDecoder) !== 0 && !encoding) {
      chunk = state[kDecoderValue].write(chunk);
      len = chunk.length;
      if (len === 0) {
        maybeReadMore(stream, state);
        return canPushMore(state);
      }
    }
    addChunk(stream, state, chunk, len, false);
    return canPushMore(state);
  }

  function pushObject(stream, state, chunk, encoding) {
    if (chunk === null) return pushEnd(stream, state);
    const flags = state[kState];
    if ((flags & kGone) !== 0) {
      if ((flags & kEnded) !== 0) errorOrDestroy(stream, codedError('ERR_STREAM_PUSH_AFTER_EOF'));
      return false;
    }
    state[kState] = flags & kNotReading;
    if ((flags & kDecoder) !== 0 && !encoding) chunk = state[kDecoderValue].write(chunk);
    addChunk(stream, state, chunk, 1, false);
    return canPushMore(state);
  }

  proto.unshift = function unshift(chunk, encoding) {
    const state = this._readableState;
    if (chunk === null) return pushEnd(this, state);
    const flags = state[kState];
    if ((flags & kObjectMode) === 0) {
      if (typeof chunk === 'string') {
        encoding = encoding || defaultEncodingOf(state, flags);
        const own = encodingOf(state, flags);
        if (own !== encoding) {
          chunk = own ? Buffer.from(chunk, encoding).toString(own) : Buffer.from(chunk, encoding);
        }
      } else if (isView(chunk) && !(chunk instanceof Buffer)) {
        chunk = S.uint8ArrayToBuffer(chunk);
      } else if (chunk !== void 0 && !(chunk instanceof Buffer)) {
        return badChunk(this, chunk);
      }
      if (!chunk || chunk.length <= 0) return canPushMore(state);
    }
    if ((flags & kEndEmitted) !== 0) {
      errorOrDestroy(this, codedError('ERR_STREAM_UNSHIFT_AFTER_END_EVENT'));
    } else if ((flags & (kDestroyed | kErrored)) !== 0) {
      return false;
    } else {
      addChunk(this, state, chunk, (flags & kObjectMode) !== 0 ? 1 : chunk.length, true);
    }
    return canPushMore(state);
  };

  // addChunk hands chunk (len units) straight to 'data' when the stream
  // flows with nothing buffered and on('data') was called (as in Node, a
  // listener added otherwise, as by prependListener, does not count, and
  // removeAllListeners does not end the listening), else buffers it.
  const kEndedOrDecoder = kEnded | kDecoder;
  const kEmitNowMask = kFlowing | kSync | kDataListening;
  const kEmitNow = kFlowing | kDataListening;

  function addChunk(stream, state, chunk, len, front) {
    const flags = state[kState];
    if ((flags & kEmitNowMask) === kEmitNow && state.length === 0) {
      if (state.awaitDrainWriters !== null) clearAwaitDrain(state);
      state[kState] = flags | kDataEmitted;
      stream.emit('data', chunk);
    } else {
      state.length += len;
      if (!front) state.buffer.push(chunk);
      else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
      if ((flags & kNeedReadable) !== 0) emitReadable(stream);
    }
    if ((state[kState] & kReadingMore) === 0) maybeReadMore(stream, state);
  }

  function clearAwaitDrain(state) {
    if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  function endOfData(stream, state) {
    let flags = state[kState];
    if ((flags & kEndedOrDecoder) !== 0) {
      if ((flags & kEnded) !== 0) return;
      const rest = state[kDecoderValue].end();
      if (rest && rest.length) {
        state.buffer.push(rest);
        state.length += (flags & kObjectMode) !== 0 ? 1 : rest.length;
      }
      flags = state[kState];
    }
    flags |= kEnded;
    if ((flags & kSync) !== 0) {
      state[kState] = flags;
      emitReadable(stream);
    } else {
      state[kState] = (flags & kNotNeedReadable) | kEmittedReadable;
      emitReadableNow(stream);
    }
  }

  // kEndFastMask and kEndFast: the flags under the mask are kEndFast when
  // endFromGo may settle push(null) and read(0) itself: not yet ended,
  // past the first _read (not sync), no decoder, neither destroyed nor
  // failed ('end' emitted implies ended).
  const kEndFastMask = kEnded | kSync | kDecoder | kDestroyed | kErrored;
  const kEndFast = 0;
  const kNotEndReadBits = ~(kReading | kNeedReadable | kEmittedReadable);

  // endFromGo is push(null) then read(0), a producer's end of data (a
  // socket's peer ended), called from Go as a task of its own. With
  // nothing buffered and push, read and emit the stock ones, what those
  // calls do is settled here at once: endOfData marks the end,
  // emitReadableNow emits 'readable' (to no listener: none is checked for)
  // and clears emittedReadable, flow's read() while flowing and then
  // read(0) each find the stream ended and empty and schedule emitEnd
  // (endReadable). Of those two ticks only the first is scheduled: they
  // would be adjacent in the queue, so that nothing runs between them,
  // and the second would find 'end' emitted or the first's reason not to
  // emit it (failed, closed, or data buffered) unchanged, and do nothing.
  function endFromGo(stream) {
    const state = stream._readableState;
    const flags = state[kState];
    const events = stream._events;
    if ((flags & kEndFastMask) !== kEndFast || state.length !== 0 || stream.push !== proto.push ||
        stream.read !== proto.read || stream.emit !== emitterEmit || !events || events.readable !== void 0) {
      stream.push(null);
      stream.read(0);
      return;
    }
    state[kState] = (flags & kNotEndReadBits) | kEnded;
    nextTick(emitEnd, state, stream);
  }

  // emitReadable schedules one 'readable' for the next tick.
  function emitReadable(stream) {
    const state = stream._readableState;
    const flags = state[kState] & kNotNeedReadable;
    if ((flags & kEmittedReadable) === 0) {
      state[kState] = flags | kEmittedReadable;
      nextTick(emitReadableNow, stream);
    } else {
      state[kState] = flags;
    }
  }

  function emitReadableNow(stream) {
    const state = stream._readableState;
    const before = state[kState];
    if ((before & kFailed) === 0 && (state.length || (before & kEnded) !== 0)) {
      stream.emit('readable');
      state[kState] &= kNotEmittedReadable;
    }
    // Ask for another 'readable' while paused below the mark; otherwise
    // leave needReadable as it was (a pending request survives the end).
    const flags = state[kState];
    if ((flags & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
      state[kState] = flags | kNeedReadable;
    }
    flow(stream);
  }

  // maybeReadMore fills the buffer up to the high water mark on the next
  // tick, so that data is ready before anyone asks.
  function maybeReadMore(stream, state) {
    const flags = state[kState];
    if ((flags & kReadMoreMask) === kConstructed) {
      state[kState] = flags | kReadingMore;
      nextTick(readMore, stream, state);
    }
  }

  function readMore(stream, state) {
    for (;;) {
      const flags = state[kState];
      const before = state.length;
      if ((flags & kReadingOrEnded) !== 0 ||
          !(before < state.highWaterMark || (before === 0 && (flags & kFlowing) !== 0))) {
        break;
      }
      stream.read(0);
      if (before === state.length) break;
    }
    state[kState] &= kNotReadingMore;
  }

  proto._read = function _read(n) {
    throw codedError('ERR_METHOD_NOT_IMPLEMENTED', '_read()');
  };

  // kFlowIdleMask and kFlowIdle: the flags under the mask are kFlowIdle
  // when a read() would find nothing: flowing, _read still under way, not
  // ended (with nothing buffered, checked apart).
  const kFlowIdleMask = kFlowing | kReading | kEnded;
  const kFlowIdle = kFlowing | kReading;

  function flow(stream) {
    const state = stream._readableState;
    const flags = state[kState];
    if ((flags & kFlowIdleMask) === kFlowIdle && state.length === 0 && stream.read === proto.read) {
      // What that read() does: it clears emittedReadable, asks for
      // 'readable' (nothing buffered is below the mark) and returns null.
      state[kState] = (flags & kNotEmittedReadable) | kNeedReadable;
      return;
    }
    while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
  }

  // endReadable schedules 'end' once the buffer is empty.
  function endReadable(stream) {
    const state = stream._readableState;
    const flags = state[kState];
    if ((flags & kEndEmitted) === 0) {
      state[kState] = flags | kEnded;
      nextTick(emitEnd, state, stream);
    }
  }

  function emitEnd(state, stream) {
    const flags = state[kState];
    if ((flags & kEndBlocked) !== 0 || state.length !== 0) return;
    state[kState] = flags | kEndEmitted;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      nextTick(endWritableSide, stream);
    } else if ((state[kState] & kAutoDestroy) !== 0) {
      // The writable side's flags are read as bits, as finish reads ours.
      const w = stream._writableState;
      if (!w) {
        stream.destroy();
      } else {
        const wbits = w[kState];
        if ((wbits & kWAutoDestroy) !== 0 && ((wbits & kWFinished) !== 0 || (wbits & kWWritableField) === kWHasWritable)) {
          stream.destroy();
        }
      }
    }
  }

  function endWritableSide(stream) {
    if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
  }

  S.Readable = Readable;
  S.ReadableState = ReadableState;
  S.pushFromGo = pushFromGo;
  // endFromGo is Go's (endpath.go), which hands this one what it does not
  // settle itself.
  S.endFromGoSlow = endFromGo;
  S.afterData = afterData;
  // Go's data path decodes a chunk with the decoder kept here.
  S.kDecoderValue = kDecoderValue;
  // What the other Readable scripts share with this one.
  S.readableCore = {
    emitReadable, endReadable, flow, clearAwaitDrain, readableConstructed, emitEnd, endWritableSide,
  };
})
