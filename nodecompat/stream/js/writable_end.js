// Writable's end: end(), then _final, 'prefinish' and 'finish' once every
// write is done (and autoDestroy's destroy), and the writable* getters.
(function (S) {
  'use strict';

  const nextTick = S.nextTick;
  const errorOrDestroy = S.errorOrDestroy;
  const codedError = S.codedError;
  const { kOnFinished, ending, writeChunk } = S.writableCore;
  const proto = S.Writable.prototype;

  proto.end = function end(chunk, encoding, cb) {
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
    if (chunk !== null && chunk !== undefined) {
      const ret = writeChunk(this, chunk, encoding);
      if (ret instanceof Error) err = ret;
    }
    if (state.corked) {
      state.corked = 1;
      this.uncork();
    }
    if (err) {
      // The failed write already reported it.
    } else if (!state.errored && !state.ending) {
      state.ending = true;
      finishMaybe(this, state, true);
      state.ended = true;
    } else if (state.finished) {
      err = codedError('ERR_STREAM_ALREADY_FINISHED', 'end');
    } else if (state.destroyed) {
      err = codedError('ERR_STREAM_DESTROYED', 'end');
    }
    if (typeof cb === 'function') {
      if (err) nextTick(cb, err);
      else if (state.errored) nextTick(cb, state.errored);
      else if (state.finished) nextTick(cb, null);
      else state[kOnFinished].push(cb);
    }
    return this;
  };

  function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
      !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
      !state.errorEmitted && !state.closeEmitted;
  }

  function callFinal(stream, state) {
    let called = false;
    function onFinal(err) {
      if (called) {
        errorOrDestroy(stream, err != null ? err : codedError('ERR_MULTIPLE_CALLBACK'));
        return;
      }
      called = true;
      state.pendingcb--;
      if (err) {
        for (const cb of state[kOnFinished].splice(0)) cb(err);
        errorOrDestroy(stream, err, state.sync);
      } else if (needFinish(state)) {
        state.prefinished = true;
        stream.emit('prefinish');
        state.pendingcb++;
        nextTick(finish, stream, state);
      }
    }
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final(onFinal);
    } catch (err) {
      onFinal(err);
    }
    state.sync = false;
  }

  function prefinish(stream, state) {
    if (state.prefinished || state.finalCalled) return;
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.finalCalled = true;
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }

  // finishMaybe emits 'prefinish' (or starts _final) once everything is
  // written, then 'finish': on a later tick when sync (after end() and
  // after a write completes), at once otherwise (when construction ends).
  function finishMaybe(stream, state, sync) {
    if (!needFinish(state)) return;
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
    if (needFinish(state)) finish(stream, state);
    else state.pendingcb--;
  }

  function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;
    for (const cb of state[kOnFinished].splice(0)) cb(null);
    stream.emit('finish');
    if (state.autoDestroy) {
      const r = stream._readableState;
      if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
    }
  }

  function writableGetter(name, fallback) {
    return function () {
      const w = this._writableState;
      return w ? w[name] : fallback;
    };
  }

  Object.defineProperties(proto, {
    closed: { __proto__: null, get: writableGetter('closed', false) },
    destroyed: {
      __proto__: null,
      get: writableGetter('destroyed', false),
      set(value) { if (this._writableState) this._writableState.destroyed = value; },
    },
    writable: {
      __proto__: null,
      get() {
        const w = this._writableState;
        return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
      },
      set(val) { if (this._writableState) this._writableState.writable = !!val; },
    },
    writableFinished: { __proto__: null, get: writableGetter('finished', false) },
    writableObjectMode: { __proto__: null, get: writableGetter('objectMode', false) },
    writableBuffer: {
      __proto__: null,
      get() { return this._writableState && this._writableState.getBuffer(); },
    },
    writableEnded: { __proto__: null, get: writableGetter('ending', false) },
    writableNeedDrain: {
      __proto__: null,
      get() {
        const w = this._writableState;
        return !!w && !w.destroyed && !w.ending && w.needDrain;
      },
    },
    writableHighWaterMark: { __proto__: null, get: writableGetter('highWaterMark', undefined) },
    writableCorked: { __proto__: null, get: writableGetter('corked', 0) },
    writableLength: { __proto__: null, get: writableGetter('length', undefined) },
    errored: { __proto__: null, enumerable: false, get: writableGetter('errored', null) },
    writableAborted: {
      __proto__: null,
      enumerable: false,
      get() {
        const w = this._writableState;
        return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
      },
    },
  });

  ending.finishMaybe = finishMaybe;
})
