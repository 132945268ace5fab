// Readable's modes and listeners: 'data' listeners and resume() start the
// flow, 'readable' listeners and pause() stop it, and the readable* state
// getters.
(function (S) {
  'use strict';

  const Stream = S.Stream;
  const nextTick = S.nextTick;
  const proto = S.Readable.prototype;
  const { emitReadable, flow } = S.readableCore;
  const kState = S.kState;
  const {
    kObjectMode, kErrorEmitted, kDestroyed, kClosed, kErrored, kEndEmitted, kReading, kNeedReadable,
    kEmittedReadable, kReadableListening, kResumeScheduled, kDataEmitted, kHasFlowing, kFlowing, kHasPaused,
    kPaused, kDataListening,
  } = S.readableBits;
  // Masks combined once (see the note on bit operations in readable.js).
  const kFlowingBits = kHasFlowing | kFlowing; // kHasFlowing alone: flowing === false
  const kNotPaused = ~kPaused;
  const kNotResumeScheduled = ~kResumeScheduled;
  const kFlowingOrReading = kFlowing | kReading;
  const kUnreadable = kDestroyed | kErrorEmitted | kEndEmitted;
  const kDataListeningReadable = kDataListening | kReadableListening;
  // A first resume() (none of kResumeBusy set) only sets kResumeFresh:
  // flowing, a resume scheduled, paused false.
  const kResumeBusy = kFlowing | kReadableListening | kResumeScheduled | kPaused;
  const kResumeFresh = kFlowingBits | kResumeScheduled | kHasPaused;

  proto.isPaused = function isPaused() {
    const flags = this._readableState[kState];
    // paused, or flowing === false
    return (flags & kPaused) !== 0 || (flags & kFlowingBits) === kHasFlowing;
  };

  // on() and resume() are Go's (S.readableOn and S.resume, see
  // flowpath.go), which hand these their calls unless the listener is for
  // an event that Readable's on adds nothing to (on), or the call is a
  // stream's first resume() (resume).
  proto.on = S.readableOn;
  S.readableOnSlow = function on(ev, fn) {
    const res = Stream.prototype.on.call(this, ev, fn);
    // (_readableState is read only for the two events that need it: most
    // listeners a socket gets are for others.)
    if (ev === 'data') {
      const state = this._readableState;
      // (Only on('data') starts the 'data' listening that push tests, as
      // in Node.) A 'readable' listener turns resume() below into a
      // no-op; one removed just now still counts until the next tick.
      const flags = this.listenerCount('readable') > 0 ?
        state[kState] | kDataListeningReadable : state[kState] | kDataListening;
      state[kState] = flags;
      if ((flags & kFlowingBits) !== kHasFlowing) this.resume();
    } else if (ev === 'readable') {
      const state = this._readableState;
      const flags = state[kState];
      if ((flags & (kEndEmitted | kReadableListening)) === 0) {
        // readableListening and needReadable; flowing false; no
        // 'readable' pending.
        state[kState] = (flags | kReadableListening | kNeedReadable | kHasFlowing) & ~(kFlowing | kEmittedReadable);
        if (state.length) emitReadable(this);
        else if ((flags & kReading) === 0) nextTick(readZero, this);
      }
    }
    return res;
  };
  proto.addListener = proto.on;

  function readZero(stream) {
    stream.read(0);
  }

  // removeListener() is Go's too (S.readableRemoveListener), for events
  // other than 'readable' and 'data'.
  proto.removeListener = S.readableRemoveListener;
  S.readableRemoveListenerSlow = function removeListener(ev, fn) {
    const res = Stream.prototype.removeListener.call(this, ev, fn);
    if (ev === 'readable') nextTick(updateReadableListening, this);
    else if (ev === 'data' && this.listenerCount('data') === 0) this._readableState[kState] &= ~kDataListening;
    return res;
  };
  proto.off = proto.removeListener;

  proto.removeAllListeners = function removeAllListeners(ev) {
    const res = Stream.prototype.removeAllListeners.apply(this, arguments);
    if (ev === 'readable' || ev === void 0) nextTick(updateReadableListening, this);
    return res;
  };

  function updateReadableListening(stream) {
    const state = stream._readableState;
    const listening = stream.listenerCount('readable') > 0;
    const flags = listening ? state[kState] | kReadableListening : state[kState] & ~kReadableListening;
    state[kState] = flags;
    if ((flags & (kResumeScheduled | kHasPaused | kPaused)) === (kResumeScheduled | kHasPaused)) {
      // A resume() is pending and no pause() came after it: flow.
      state[kState] = flags | kHasFlowing | kFlowing;
    } else if ((flags & kDataListening) !== 0) {
      stream.resume();
    } else if (!listening) {
      state[kState] = flags & ~kFlowingBits;
    }
  }

  proto.resume = S.resume;
  S.resumeSlow = function resume() {
    const state = this._readableState;
    let flags = state[kState];
    if ((flags & kResumeBusy) === 0) {
      state[kState] = flags | kResumeFresh;
      nextTick(resumeTick, this, state);
      return this;
    }
    if ((flags & kFlowing) === 0) {
      // With 'readable' listeners, resume only drains; it does not flow.
      flags |= (flags & kReadableListening) === 0 ? kFlowingBits : kHasFlowing;
      if ((flags & kResumeScheduled) === 0) {
        flags |= kResumeScheduled;
        nextTick(resumeTick, this, state);
      }
    }
    state[kState] = (flags | kHasPaused) & kNotPaused;
    return this;
  };

  // resume()'s tick is Go's (S.resumeTick, see paused.go), which hands
  // this one the streams it does not settle itself.
  const resumeTick = S.resumeTick;
  function resumeNow(stream, state) {
    if ((state[kState] & kReading) === 0) stream.read(0);
    state[kState] &= kNotResumeScheduled;
    stream.emit('resume');
    flow(stream);
    if ((state[kState] & kFlowingOrReading) === kFlowing) stream.read(0);
  }

  S.resumeNowSlow = resumeNow;

  proto.pause = function pause() {
    const state = this._readableState;
    const flags = state[kState];
    if ((flags & kFlowingBits) !== kHasFlowing) {
      state[kState] = (flags | kHasFlowing) & ~kFlowing;
      this.emit('pause');
    }
    state[kState] |= kHasPaused | kPaused;
    return this;
  };

  // flagGetter returns the getter of a stream's readable flag bit,
  // fallback when the stream has no readable state.
  function flagGetter(bit, fallback) {
    return function () {
      const state = this._readableState;
      return state ? (state[kState] & bit) !== 0 : fallback;
    };
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
        return !!r && r.readable !== false && (r[kState] & kUnreadable) === 0;
      },
      set(val) {
        if (this._readableState) this._readableState.readable = !!val;
      },
    },
    readableDidRead: {
      __proto__: null,
      enumerable: false,
      get() { return (this._readableState[kState] & kDataEmitted) !== 0; },
    },
    readableAborted: {
      __proto__: null,
      enumerable: false,
      get() {
        const r = this._readableState;
        const flags = r[kState];
        return r.readable !== false && (flags & (kDestroyed | kErrored)) !== 0 && (flags & kEndEmitted) === 0;
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
      get() {
        const flags = this._readableState[kState];
        return (flags & kHasFlowing) !== 0 ? (flags & kFlowing) !== 0 : null;
      },
      set(value) { if (this._readableState) this._readableState.flowing = value; },
    },
    readableLength: { __proto__: null, enumerable: false, get() { return this._readableState.length; } },
    readableObjectMode: { __proto__: null, enumerable: false, get: flagGetter(kObjectMode, false) },
    readableEncoding: { __proto__: null, enumerable: false, get: stateGetter('encoding', null) },
    errored: { __proto__: null, enumerable: false, get: stateGetter('errored', null) },
    closed: { __proto__: null, get: flagGetter(kClosed, false) },
    destroyed: {
      __proto__: null,
      enumerable: false,
      get: flagGetter(kDestroyed, false),
      set(value) { if (this._readableState) this._readableState.destroyed = value; },
    },
    readableEnded: { __proto__: null, enumerable: false, get: flagGetter(kEndEmitted, false) },
  });

})
