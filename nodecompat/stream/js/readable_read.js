// Readable's read(n) and setEncoding: how much a read may return, taking
// it from the buffer (joining or splitting chunks), and when a read asks
// the implementation for more.
(function (S) {
  'use strict';

  const Buffer = S.Buffer;
  const errorOrDestroy = S.errorOrDestroy;
  const Readable = S.Readable;
  const proto = Readable.prototype;
  const { emitReadable, endReadable, clearAwaitDrain } = S.readableCore;
  const kState = S.kState;
  const {
    kObjectMode, kErrorEmitted, kDestroyed, kCloseEmitted, kErrored, kConstructed, kEnded, kReading, kSync,
    kNeedReadable, kEmittedReadable, kDataEmitted, kDecoder, kFlowing,
  } = S.readableBits;
  const MAX_HWM = 0x40000000; // 1 GiB
  // Masks precomputed (see the note on bit operations in readable.js):
  // under kNoReadMask the flags are kConstructed when _read may be called;
  // a call sets kReadStart, and kNeedReadable too when nothing is
  // buffered.
  const kNoReadMask = kEnded | kReading | kDestroyed | kErrored | kConstructed;
  const kReadStart = kReading | kSync;
  const kReadStartEmpty = kReading | kSync | kNeedReadable;
  const kNotSync = ~kSync;
  const kNotNeedReadable = ~kNeedReadable;
  const kNotEmittedReadable = ~kEmittedReadable;
  const kEmittedOrClosed = kErrorEmitted | kCloseEmitted;

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

  // readSize is how many bytes (or objects) read(n) can return now, given
  // the state's flags.
  function readSize(n, state, flags) {
    if (n <= 0) return 0;
    if (state.length === 0) return 0; // (ended or not)
    if ((flags & kObjectMode) !== 0) return 1;
    if (n !== n) {
      if ((flags & kFlowing) !== 0) return state.buffer[state.bufferIndex].length;
      return state.length;
    }
    if (n <= state.length) return n;
    return (flags & kEnded) !== 0 ? state.length : 0;
  }

  // read() is Go's (S.read): it makes read() with no argument on a byte
  // stream with a read under way itself, and hands every other read to
  // this one.
  proto.read = S.read;
  S.readSlow = function read(n) {
    const state = this._readableState;
    if (n !== 0) {
      // (read(0), a refill request, is the common call: it skips this.)
      if (n === void 0) n = NaN;
      else if ((n | 0) !== n && !Number.isInteger(n)) n = parseInt(n, 10);
      if (n > state.highWaterMark) state.highWaterMark = nextHighWaterMark(n);
    }

    // (Each flag is tested once, and only when needed: see the note on
    // bit operations in readable.js.) canRead: the stream has not ended, is
    // not reading, destroyed or failed, and is constructed.
    let flags = state[kState];
    if (n !== 0 && (flags & kEmittedReadable) !== 0) state[kState] = flags = flags & kNotEmittedReadable;
    const canRead = (flags & kNoReadMask) === kConstructed;
    const ended = !canRead && (flags & kEnded) !== 0;
    if (n === 0 &&
        ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || ended) &&
        (flags & kNeedReadable) !== 0) {
      if (state.length === 0 && ended) endReadable(this);
      else emitReadable(this);
      return null;
    }

    const requested = n;
    n = n === 0 ? 0 : readSize(n, state, flags);
    if (n === 0 && ended) {
      if (state.length === 0) endReadable(this);
      return null;
    }

    if (canRead &&
        (state.length === 0 || state.length - n < state.highWaterMark || (flags & kNeedReadable) !== 0)) {
      state[kState] = state.length === 0 ? flags | kReadStartEmpty : flags | kReadStart;
      try {
        this._read(state.highWaterMark);
      } catch (err) {
        errorOrDestroy(this, err);
      }
      flags = state[kState] & kNotSync;
      state[kState] = flags;
      // (read(0) stays at 0.)
      if (requested !== 0 && (flags & kReading) === 0) n = readSize(requested, state, flags);
    }

    // (Neither takeFromBuffer nor clearAwaitDrain changes the flags.)
    let ret = n > 0 ? takeFromBuffer(n, state) : null;
    if (ret === null) {
      // needReadable is whether the buffer is at most at the mark.
      const below = state.length <= state.highWaterMark;
      if (below !== ((flags & kNeedReadable) !== 0)) {
        state[kState] = flags = below ? flags | kNeedReadable : flags & kNotNeedReadable;
      }
      n = 0;
    } else {
      state.length -= n;
      clearAwaitDrain(state);
      if (state.length === 0 && (flags & kEnded) === 0) state[kState] = flags = flags | kNeedReadable;
    }
    if (state.length === 0 && requested !== n && (flags & kEnded) !== 0) endReadable(this);
    if (ret !== null && (flags & kEmittedOrClosed) === 0) {
      state[kState] |= kDataEmitted;
      this.emit('data', ret);
    }
    return ret;
  };

  // takeFromBuffer removes n units from the buffer (the whole buffer when
  // n covers it), joining or splitting chunks as needed. It does not
  // change state.length; read() does.
  function takeFromBuffer(n, state) {
    if (state.length === 0) return null;
    const flags = state[kState];
    const buf = state.buffer;
    let i = state.bufferIndex;
    let ret;
    if ((flags & kObjectMode) !== 0) {
      ret = buf[i];
      buf[i++] = null;
    } else if (!n || n >= state.length) {
      if ((flags & kDecoder) !== 0) {
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
    } else if ((flags & kDecoder) !== 0) {
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

  Readable._fromList = takeFromBuffer;
})
