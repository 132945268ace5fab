// Readable's modes and listeners: 'data' listeners and resume() start the
// flow, 'readable' listeners and pause() stop it, and the readable* state
// getters.
(function (S) {
  'use strict';

  const Stream = S.Stream;
  const nextTick = S.nextTick;
  const proto = S.Readable.prototype;
  const { kPaused, emitReadable, flow } = S.readableCore;

  proto.isPaused = function isPaused() {
    const state = this._readableState;
    return state[kPaused] === true || state.flowing === false;
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

})
