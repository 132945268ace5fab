// Destruction and construction, shared by Readable, Writable and Duplex:
// destroy(err, cb) with 'error' then 'close' on a later tick, errorOrDestroy
// for failures found inside the machinery, and the _construct protocol that
// holds a stream's work back until it has finished setting up.
(function (S) {
  'use strict';

  const nextTick = S.nextTick;
  const kDestroy = Symbol('kDestroy');
  const kConstruct = Symbol('kConstruct');
  // The readable state's flag bits (see readable.js).
  const kState = S.kState;
  const {
    kErrorEmitted: kRErrorEmitted, kAutoDestroy: kRAutoDestroy,
    kDestroyed: kRDestroyed, kClosed: kRClosed, kCloseEmitted: kRCloseEmitted, kErrored: kRErrored,
    kConstructed: kRConstructed, kEnded: kREnded, kEndEmitted: kREndEmitted, kReading: kRReading,
  } = S.readableBits;
  // The writable side's flags (named apart from the readable side's).
  const kWState = S.kState;
  const {
    kErrorEmitted: kWErrorEmitted, kDestroyed: kWDestroyed, kClosed: kWClosed,
    kCloseEmitted: kWCloseEmitted, kAutoDestroy: kWAutoDestroy,
    kConstructed: kWConstructed, kErrored: kWErrored, kHasWritable: kWHasWritable, kWritable: kWWritable,
    kFinalCalled: kWFinalCalled, kPrefinished: kWPrefinished, kEnded: kWEnded, kEnding: kWEnding,
    kFinished: kWFinished,
  } = S.writableBits;
  // What undestroy clears on a writable side, and what it sets again on
  // one made unwritable.
  const kWUndestroyed = ~(kWDestroyed | kWClosed | kWCloseEmitted | kWErrored | kWErrorEmitted |
    kWFinalCalled | kWPrefinished | kWEnded | kWEnding | kWFinished);
  const kWEndedAll = kWEnded | kWEnding | kWFinished;

  // recordError stores err as the stream's error on both sides, unless a
  // side already failed. Reading err.stack fixes it where it was made.
  function recordError(err, w, r) {
    if (!err) return;
    void err.stack;
    if (w && !w.errored) w.errored = err;
    if (r && (r[kState] & kRErrored) === 0) r.errored = err;
  }

  function destroy(err, cb) {
    const r = this._readableState;
    const w = this._writableState;
    if ((w && (w[kWState] & kWDestroyed) !== 0) || (r && (r[kState] & kRDestroyed) !== 0)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    if (err) recordError(err, w, r);
    if (w) w[kWState] |= kWDestroyed;
    if (r) r[kState] |= kRDestroyed;
    if (w ? (w[kWState] & kWConstructed) === 0 : r && (r[kState] & kRConstructed) === 0) {
      this.once(kDestroy, function (er) {
        runDestroy(this, S.combineErrors(er, err), cb);
      });
    } else {
      runDestroy(this, err, cb);
    }
    return this;
  }

  // kDirectDestroy marks a stream implementation's _destroy that can be
  // called without a callback made for the call: _destroy[kDirectDestroy]
  // (stream, err, cb) does _destroy's work and, where _destroy would call
  // its callback with er, calls destroyDone(stream, er, cb) (once).
  const kDirectDestroy = Symbol('kDirectDestroy');

  // runDestroy calls the implementation's _destroy and, when it is done,
  // schedules 'error' (if any) and 'close'.
  function runDestroy(stream, err, cb) {
    const direct = stream._destroy[kDirectDestroy];
    if (direct !== void 0) {
      try {
        direct(stream, err || null, cb);
      } catch (e) {
        // (Unless it had called back already.)
        const w = stream._writableState;
        const r = stream._readableState;
        if (!((w && (w[kWState] & kWClosed) !== 0) || (r && (r[kState] & kRClosed) !== 0))) destroyDone(stream, e, cb);
      }
      return;
    }
    let done = false;
    function onDestroyed(er) {
      if (done) return;
      done = true;
      destroyDone(stream, er, cb);
    }
    try {
      stream._destroy(err || null, onDestroyed);
    } catch (e) {
      onDestroyed(e);
    }
  }

  // destroyDone is what _destroy's callback does: the stream is closed,
  // destroy's cb runs, and 'error' (if any) and 'close' are scheduled.
  function destroyDone(stream, er, cb) {
    const r = stream._readableState;
    const w = stream._writableState;
    if (er) recordError(er, w, r);
    if (w) w[kWState] |= kWClosed;
    if (r) r[kState] |= kRClosed;
    if (typeof cb === 'function') cb(er);
    if (er) nextTick(emitErrorThenClose, stream, er);
    else nextTick(emitClose, stream);
  }

  function emitErrorThenClose(stream, err) {
    emitError(stream, err);
    emitClose(stream);
  }

  // emitClose(stream) marks both sides closeEmitted and emits 'close'
  // when either emits it: a native (see emitclose.go).
  const emitClose = S.emitClose;

  // emitError emits 'error' once per stream.
  function emitError(stream, err) {
    const r = stream._readableState;
    const w = stream._writableState;
    if ((w && (w[kWState] & kWErrorEmitted) !== 0) || (r && (r[kState] & kRErrorEmitted) !== 0)) return;
    if (w) w[kWState] |= kWErrorEmitted;
    if (r) r[kState] |= kRErrorEmitted;
    stream.emit('error', err);
  }

  // undestroy makes a destroyed stream usable again (a socket that
  // reconnects). The readable side's flags are reset in one write. On the
  // writable side a field that already has its value is left alone, so
  // that a fresh state keeps its defaults on the prototype (the checks are
  // inline: a helper call per field would cost more than it saves).
  function undestroy() {
    const r = this._readableState;
    const w = this._writableState;
    if (r) {
      // Constructed, and neither closed, destroyed, failed nor reading;
      // ended (with 'end' emitted) only when made unreadable.
      const ended = r.readable === false ? kREnded | kREndEmitted : 0;
      const reset = kRClosed | kRCloseEmitted | kRDestroyed | kRErrored | kRErrorEmitted | kRReading | kREnded |
        kREndEmitted;
      r[kState] = (r[kState] & ~reset) | kRConstructed | ended;
    }
    if (w) {
      const bits = w[kWState];
      if ((bits & kWErrored) !== 0) w.errored = null;
      // A side made unwritable (writable: false) stays ended.
      const ended = (bits & (kWHasWritable | kWWritable)) === kWHasWritable;
      w[kWState] = (bits & kWUndestroyed) | kWConstructed | (ended ? kWEndedAll : 0);
    }
  }

  // errorOrDestroy reports a failure the stream's machinery found: it
  // destroys an autoDestroy stream, else only records and emits the error
  // (on the next tick when sync).
  function errorOrDestroy(stream, err, sync) {
    const r = stream._readableState;
    const w = stream._writableState;
    if ((w && (w[kWState] & kWDestroyed) !== 0) || (r && (r[kState] & kRDestroyed) !== 0)) return;
    if ((r && (r[kState] & kRAutoDestroy) !== 0) || (w && (w[kWState] & kWAutoDestroy) !== 0)) {
      stream.destroy(err);
      return;
    }
    if (!err) return;
    recordError(err, w, r);
    if (sync) nextTick(emitError, stream, err);
    else emitError(stream, err);
  }

  // construct runs stream._construct, if the implementation has one, on
  // the next tick; until it calls back the stream does no I/O. afterwards
  // runs once construction succeeded.
  function construct(stream, afterwards) {
    if (typeof stream._construct !== 'function') return;
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r[kState] &= ~kRConstructed;
    if (w) w[kWState] &= ~kWConstructed;
    stream.once(kConstruct, afterwards);
    if (stream.listenerCount(kConstruct) > 1) return;
    nextTick(runConstruct, stream);
  }

  function runConstruct(stream) {
    let done = false;
    function onConstructed(err) {
      if (done) {
        errorOrDestroy(stream, err != null ? err : S.codedError('ERR_MULTIPLE_CALLBACK'));
        return;
      }
      done = true;
      const r = stream._readableState;
      const w = stream._writableState;
      if (r) r[kState] |= kRConstructed;
      if (w) w[kWState] |= kWConstructed;
      if ((w && (w[kWState] & kWDestroyed) !== 0) || (r && (r[kState] & kRDestroyed) !== 0)) stream.emit(kDestroy, err);
      else if (err) errorOrDestroy(stream, err, true);
      else stream.emit(kConstruct);
    }
    try {
      stream._construct((err) => nextTick(onConstructed, err));
    } catch (e) {
      nextTick(onConstructed, e);
    }
  }

  // destroyer ends any stream-like object: destroy if it can, else close,
  // else just the events. Without err, an unfinished stream gets an
  // AbortError.
  function destroyer(stream, err) {
    if (!stream || S.isDestroyed(stream)) return;
    if (!err && !isFinished(stream)) err = new S.AbortError();
    if (typeof stream.destroy === 'function') stream.destroy(err);
    else if (typeof stream.close === 'function') stream.close();
    else if (err) nextTick(() => stream.emit('error', err));
    else nextTick(() => stream.emit('close'));
    if (!stream.destroyed) stream[S.kIsDestroyed] = true;
  }

  function isFinished(stream) {
    if (!S.isNodeStream(stream)) return false;
    if (S.isDestroyed(stream)) return true;
    return !S.isReadable(stream) && !S.isWritable(stream);
  }

  // (Its done is Go's destroyDone, see closepath.go, which hands this
  // script's the calls it does not settle itself.)
  S.directDestroy = { key: kDirectDestroy, done: S.destroyDone };
  S.destroyCore = { destroyDone, runDestroy };
  Object.assign(S, {
    destroy, undestroy, errorOrDestroy, construct, destroyer, kDestroy, kConstruct,
  });
})
