// Writable's end: end(), then _final, 'prefinish' and 'finish' once every
// write is done (and autoDestroy's destroy), and the writable* getters.
(function (S) {
  'use strict';

  const nextTick = S.nextTick;
  const errorOrDestroy = S.errorOrDestroy;
  const codedError = S.codedError;
  const kState = S.kState;
  const {
    kObjectMode, kErrorEmitted, kAutoDestroy, kDestroyed, kClosed, kCloseEmitted, kErrored,
    kConstructed, kSync, kFinalCalled, kNeedDrain, kEnding, kFinished, kWriting, kPrefinished,
    kOnFinished, kHasWritable, kWritable, kBuffered, kEnded,
  } = S.writableBits;
  const {
    kOnFinishedValue, kErroredValue, ending, writeChunk, erroredOf, takeOnFinished,
  } = S.writableCore;
  const proto = S.Writable.prototype;
  // The readable side's bits that tell finish whether to destroy.
  const { kAutoDestroy: kRAutoDestroy, kEndEmitted: kREndEmitted } = S.readableBits;

  // needFinish's flags: those that must be set and those tested.
  const kFinishDue = kEnding | kConstructed;
  const kFinishTested = kFinishDue | kDestroyed | kErrored | kBuffered | kFinished | kWriting |
    kErrorEmitted | kCloseEmitted;
  // A writable side explicitly made unwritable has kHasWritable alone.
  const kWritableField = kHasWritable | kWritable;
  // The masks below are combined once here: in goja every bit operation
  // on a number above 255 allocates, so a mask combined at each call costs
  // the getters and end() several allocations.
  const kErroredOrEnding = kErrored | kEnding;
  const kPrefinishedOrFinalCalled = kPrefinished | kFinalCalled;
  const kDrainTested = kDestroyed | kEnding | kNeedDrain;
  const kFailed = kDestroyed | kErrored;

  // end() is Go's (S.end, see endpath.go): with no chunk and no
  // callback, on a side that can end, it does what this one does itself
  // (up to _final's direct form), and hands every other call to this one.
  proto.end = S.end;
  S.endSlow = function end(chunk, encoding, cb) {
    const state = this._writableState;
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    let err;
    if (chunk !== null && chunk !== void 0) {
      const ret = writeChunk(this, chunk, encoding);
      if (ret instanceof Error) err = ret;
    }
    if (state.corked) {
      state.corked = 1;
      this.uncork();
    }
    const bits = state[kState];
    if (err) {
      // The failed write already reported it.
    } else if ((bits & kErroredOrEnding) === 0) {
      state[kState] = bits | kEnding;
      finishMaybe(this, state, true);
      state[kState] |= kEnded;
    } else if ((bits & kFinished) !== 0) {
      err = codedError('ERR_STREAM_ALREADY_FINISHED', 'end');
    } else if ((bits & kDestroyed) !== 0) {
      err = codedError('ERR_STREAM_DESTROYED', 'end');
    }
    if (typeof cb === 'function') {
      const now = state[kState];
      if (err) nextTick(cb, err);
      else if ((now & kErrored) !== 0) nextTick(cb, state[kErroredValue]);
      else if ((now & kFinished) !== 0) nextTick(cb, null);
      else if ((now & kOnFinished) !== 0) state[kOnFinishedValue].push(cb);
      else {
        state[kOnFinishedValue] = [cb];
        state[kState] = now | kOnFinished;
      }
    }
    return this;
  };

  // needFinish tells whether 'finish' is due: ending, constructed, nothing
  // buffered, being written or failed, not finished yet. (The hot callers
  // below test it inline: a call costs more than the test in goja.)
  function needFinish(state) {
    return (state[kState] & kFinishTested) === kFinishDue && state.length === 0;
  }

  // runOnFinished calls the callbacks end() queued for 'finish' with err.
  function runOnFinished(state, err) {
    const callbacks = takeOnFinished(state);
    if (callbacks !== null) for (const cb of callbacks) cb(err);
  }

  // kDirectFinal marks a stream implementation's _final that can end its
  // side without a callback made for the call (a socket's shutdown, done
  // in Go): _final[kDirectFinal](stream) returns false when it cannot,
  // and otherwise has started the final step and has finalDone(stream)
  // (or Go's FinalDone, its twin) called once the step succeeded, always
  // from a later task.
  const kDirectFinal = Symbol('kDirectFinal');

  function callFinal(stream, state) {
    state.pendingcb++;
    const direct = stream._final[kDirectFinal];
    if (direct !== void 0) {
      // (kSync would be set around the call: a failure is reported as
      // one in _final's sync part, the flag itself is left alone.)
      let started;
      try {
        started = direct(stream);
      } catch (err) {
        finalFailed(stream, state, err, true);
        started = true;
      }
      if (started) return;
    }
    callFinalIndirect(stream, state);
  }

  // callFinalIndirect is callFinal once pendingcb counts _final: _final
  // called with a callback made for the call.
  function callFinalIndirect(stream, state) {
    let called = false;
    function onFinal(err) {
      if (called) {
        errorOrDestroy(stream, err != null ? err : codedError('ERR_MULTIPLE_CALLBACK'));
        return;
      }
      called = true;
      if (err) finalFailed(stream, state, err, (state[kState] & kSync) !== 0);
      else finalDone(stream);
    }
    state[kState] |= kSync;
    try {
      stream._final(onFinal);
    } catch (err) {
      onFinal(err);
    }
    state[kState] &= ~kSync;
  }

  // finalFailed is what _final's callback does with an error (sync: in
  // _final's own call).
  function finalFailed(stream, state, err, sync) {
    state.pendingcb--;
    runOnFinished(state, err);
    errorOrDestroy(stream, err, sync);
  }

  // finalDone is what _final's callback does on success: 'prefinish',
  // and 'finish' on the next tick when still due.
  function finalDone(stream) {
    const state = stream._writableState;
    state.pendingcb--;
    if ((state[kState] & kFinishTested) === kFinishDue && state.length === 0) {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
      state.pendingcb++;
      nextTick(finish, stream, state);
    }
  }

  function prefinish(stream, state) {
    const bits = state[kState];
    if ((bits & kPrefinishedOrFinalCalled) !== 0) return;
    if (typeof stream._final === 'function' && (bits & kDestroyed) === 0) {
      state[kState] = bits | kFinalCalled;
      callFinal(stream, state);
    } else {
      state[kState] = bits | kFinalCalled | kPrefinished;
      stream.emit('prefinish');
    }
  }

  // finishMaybe emits 'prefinish' (or starts _final) once everything is
  // written, then 'finish': on a later tick when sync (after end() and
  // after a write completes), at once otherwise (when construction ends).
  function finishMaybe(stream, state, sync) {
    if ((state[kState] & kFinishTested) !== kFinishDue || state.length !== 0) return;
    prefinish(stream, state);
    if (state.pendingcb !== 0) return;
    if (sync) {
      state.pendingcb++;
      nextTick(finishIfStillDue, stream, state);
    } else if (needFinish(state)) {
      // (_final may have failed synchronously just now.)
      state.pendingcb++;
      finish(stream, state);
    }
  }

  function finishIfStillDue(stream, state) {
    if ((state[kState] & kFinishTested) === kFinishDue && state.length === 0) finish(stream, state);
    else state.pendingcb--;
  }

  function finish(stream, state) {
    state.pendingcb--;
    const bits = state[kState] | kFinished;
    state[kState] = bits;
    if ((bits & kOnFinished) !== 0) runOnFinished(state, null);
    stream.emit('finish');
    if ((state[kState] & kAutoDestroy) !== 0) {
      // The readable side's flags are read as bits (its accessors would
      // cost two calls and their bit operations again).
      const r = stream._readableState;
      if (!r) {
        stream.destroy();
      } else {
        const rbits = r[kState];
        if ((rbits & kRAutoDestroy) !== 0 && ((rbits & kREndEmitted) !== 0 || r.readable === false)) stream.destroy();
      }
    }
  }

  // flagGetter makes the getter of a stream property that reads one flag
  // of the writable state (false without one), a native (see getters.go).
  const flagGetter = S.writableFlagGetter;

  function fieldGetter(name, fallback) {
    return function () {
      const w = this._writableState;
      return w ? w[name] : fallback;
    };
  }

  Object.defineProperties(proto, {
    closed: { __proto__: null, get: flagGetter(kClosed) },
    destroyed: {
      __proto__: null,
      get: flagGetter(kDestroyed),
      set(value) {
        const w = this._writableState;
        if (!w) return;
        if (value) w[kState] |= kDestroyed;
        else w[kState] &= ~kDestroyed;
      },
    },
    writable: {
      __proto__: null,
      get: S.writableGetter,
      set(val) {
        const w = this._writableState;
        if (!w) return;
        if (val) w[kState] |= kWritableField;
        else w[kState] = (w[kState] | kHasWritable) & ~kWritable;
      },
    },
    writableFinished: { __proto__: null, get: flagGetter(kFinished) },
    writableObjectMode: { __proto__: null, get: flagGetter(kObjectMode) },
    writableBuffer: {
      __proto__: null,
      get() { return this._writableState && this._writableState.getBuffer(); },
    },
    writableEnded: { __proto__: null, get: flagGetter(kEnding) },
    writableNeedDrain: {
      __proto__: null,
      get() {
        const w = this._writableState;
        return !!w && (w[kState] & kDrainTested) === kNeedDrain;
      },
    },
    writableHighWaterMark: { __proto__: null, get: fieldGetter('highWaterMark', undefined) },
    writableCorked: { __proto__: null, get: fieldGetter('corked', 0) },
    writableLength: { __proto__: null, get: fieldGetter('length', undefined) },
    errored: {
      __proto__: null,
      enumerable: false,
      get() {
        const w = this._writableState;
        return w ? erroredOf(w) : null;
      },
    },
    writableAborted: {
      __proto__: null,
      enumerable: false,
      get() {
        const bits = this._writableState[kState];
        return (bits & kWritableField) !== kHasWritable && (bits & kFailed) !== 0 &&
          (bits & kFinished) === 0;
      },
    },
  });

  ending.finishMaybe = finishMaybe;
  S.directFinal = { key: kDirectFinal, done: finalDone, finish };
  // What Go's end (endpath.go) hands back to the script.
  S.endCore = { failed: finalFailed, indirect: callFinalIndirect, finishIfStillDue };
})
