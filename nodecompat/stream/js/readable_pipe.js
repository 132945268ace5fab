// Readable.prototype.pipe and unpipe: data flows into one or more
// destinations, pausing while any of them asks for a 'drain', ending them
// on 'end' unless told not to, and detaching on their 'close', 'finish',
// 'error' or 'unpipe'.
(function (S) {
  'use strict';

  const proto = S.Readable.prototype;
  const nextTick = S.nextTick;
  const kState = S.kState;
  const { kEndEmitted, kMultiAwaitDrain, kFlowing, kDataListening } = S.readableBits;

  proto.pipe = function pipe(dest, pipeOpts) {
    const src = this;
    const state = src._readableState;
    if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
      state[kState] |= kMultiAwaitDrain;
      state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
    }
    state.pipes.push(dest);

    const stdio = S.stdio();
    const doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== stdio.stdout && dest !== stdio.stderr;
    const endFn = doEnd ? onend : unpipe;
    if ((state[kState] & kEndEmitted) !== 0) nextTick(endFn);
    else src.once('end', endFn);

    let ondrain = null;
    let cleanedUp = false;

    function onunpipe(readable, info) {
      if (readable === src && info && info.hasUnpiped === false) {
        info.hasUnpiped = true;
        cleanup();
      }
    }
    function onend() {
      dest.end();
    }
    function cleanup() {
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('end', unpipe);
      src.removeListener('data', ondata);
      cleanedUp = true;
      // A destination that will never drain must not keep src paused.
      if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
    }
    function pause() {
      if (!cleanedUp) {
        if (state.pipes.length === 1 && state.pipes[0] === dest) {
          state.awaitDrainWriters = dest;
          state[kState] &= ~kMultiAwaitDrain;
        } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
          state.awaitDrainWriters.add(dest);
        }
        src.pause();
      }
      if (!ondrain) {
        ondrain = drainHandler(src, dest);
        dest.on('drain', ondrain);
      }
    }
    function ondata(chunk) {
      if (dest.write(chunk) === false) pause();
    }
    function onerror(err) {
      unpipe();
      dest.removeListener('error', onerror);
      if (dest.listenerCount('error') === 0) {
        const s = dest._writableState || dest._readableState;
        if (s && !s.errorEmitted) S.errorOrDestroy(dest, err);
        else dest.emit('error', err);
      }
    }
    function onclose() {
      dest.removeListener('finish', onfinish);
      unpipe();
    }
    function onfinish() {
      dest.removeListener('close', onclose);
      unpipe();
    }
    function unpipe() {
      src.unpipe(dest);
    }

    dest.on('unpipe', onunpipe);
    src.on('data', ondata);
    S.prependListener(dest, 'error', onerror);
    dest.once('close', onclose);
    dest.once('finish', onfinish);
    dest.emit('pipe', src);

    if (dest.writableNeedDrain === true) pause();
    else if ((state[kState] & kFlowing) === 0) src.resume();
    return dest;
  };

  // drainHandler resumes src once no destination still waits for 'drain'.
  function drainHandler(src, dest) {
    return function pipeOnDrain() {
      const state = src._readableState;
      if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
      else if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.delete(dest);
      if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
          (state[kState] & kDataListening) !== 0) {
        src.resume();
      }
    };
  }

  proto.unpipe = function unpipe(dest) {
    const state = this._readableState;
    if (state.pipes.length === 0) return this;
    if (!dest) {
      const dests = state.pipes;
      state.pipes = [];
      this.pause();
      for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
      return this;
    }
    const index = state.pipes.indexOf(dest);
    if (index === -1) return this;
    state.pipes.splice(index, 1);
    if (state.pipes.length === 0) this.pause();
    dest.emit('unpipe', this, { hasUnpiped: false });
    return this;
  };
})
