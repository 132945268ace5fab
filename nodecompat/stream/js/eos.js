// finished (end-of-stream): one callback when a stream is done — ended,
// finished, errored or closed early (ERR_STREAM_PREMATURE_CLOSE) — with
// the readable and writable options choosing which sides count. It
// returns a function that removes its listeners.
(function (S) {
  'use strict';

  const nextTick = S.nextTick;
  const nop = S.nop;
  const kWState = S.kState;
  const { kEnded: kWEnded, kErrorEmitted: kWErrorEmitted } = S.writableBits;

  // writableDone tells whether finished() may call back at once for the
  // writable side: it finished, or it ended or was destroyed with nothing
  // queued, being written or being finalized. A side with work pending,
  // or merely made unwritable, still waits for 'finish' or 'close'.
  function writableDone(stream) {
    if (S.isWritableFinished(stream)) return true;
    const w = stream._writableState;
    return !!w && ((w[kWState] & kWEnded) !== 0 || S.isDestroyed(stream)) && w.length === 0 && w.pendingcb === 0;
  }

  function eos(stream, options, callback) {
    if (arguments.length === 2) {
      callback = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else {
      S.validateObject(options, 'options');
    }
    S.validateFunction(callback, 'callback');
    S.validateAbortSignal(options.signal, 'options.signal');
    callback = S.once(callback);

    if (!S.isNodeStream(stream)) {
      throw S.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
    }

    const readable = options.readable != null ? options.readable : S.isReadableNodeStream(stream);
    const writable = options.writable != null ? options.writable : S.isWritableNodeStream(stream);
    const wState = stream._writableState;
    const rState = stream._readableState;

    // When the stream will emit 'close' itself, wait for it rather than
    // calling back on 'end' or 'finish'.
    let willEmitClose = S.willEmitClose(stream) &&
      S.isReadableNodeStream(stream) === readable && S.isWritableNodeStream(stream) === writable;
    let writableFinished = S.isWritableFinished(stream, false);
    let readableFinished = S.isReadableFinished(stream, false);
    let closed = S.isClosed(stream);

    const onlegacyfinish = () => {
      if (!stream.writable) onfinish();
    };
    const onfinish = () => {
      writableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.readable || readable)) return;
      if (!readable || readableFinished) callback.call(stream);
    };
    const onend = () => {
      readableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.writable || writable)) return;
      if (!writable || writableFinished) callback.call(stream);
    };
    const onerror = (err) => {
      callback.call(stream, err);
    };
    const erroredWith = () => S.isWritableErrored(stream) || S.isReadableErrored(stream);
    const onclose = () => {
      closed = true;
      const errored = erroredWith();
      if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
      if (readable && !readableFinished && S.isReadableNodeStream(stream, true) &&
          !S.isReadableFinished(stream, false)) {
        return callback.call(stream, S.codedError('ERR_STREAM_PREMATURE_CLOSE'));
      }
      if (writable && !writableFinished && !S.isWritableFinished(stream, false)) {
        return callback.call(stream, S.codedError('ERR_STREAM_PREMATURE_CLOSE'));
      }
      callback.call(stream);
    };
    const onclosed = () => {
      closed = true;
      const errored = erroredWith();
      if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
      callback.call(stream);
    };

    if (writable && !wState) {
      stream.on('end', onlegacyfinish);
      stream.on('close', onlegacyfinish);
    }
    if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (options.error !== false) stream.on('error', onerror);
    stream.on('close', onclose);

    if (closed) {
      nextTick(onclose);
    } else if ((wState && (wState[kWState] & kWErrorEmitted) !== 0) || (rState && rState.errorEmitted)) {
      if (!willEmitClose) nextTick(onclosed);
    } else if (!readable && (!willEmitClose || S.isReadable(stream)) && writableDone(stream)) {
      nextTick(onclosed);
    } else if (!writable && (!willEmitClose || S.isWritable(stream)) &&
               (readableFinished || S.isReadable(stream) === false)) {
      nextTick(onclosed);
    }

    const cleanup = () => {
      callback = nop;
      stream.removeListener('aborted', onclose);
      stream.removeListener('end', onlegacyfinish);
      stream.removeListener('close', onlegacyfinish);
      stream.removeListener('end', onend);
      stream.removeListener('finish', onfinish);
      stream.removeListener('error', onerror);
      stream.removeListener('close', onclose);
    };

    if (options.signal && !closed) {
      const signal = options.signal;
      const abort = () => {
        const endCallback = callback;
        cleanup();
        endCallback.call(stream, S.abortErrorFor(signal));
      };
      if (signal.aborted) {
        nextTick(abort);
      } else {
        const stopListening = S.onAbort(signal, abort);
        const original = callback;
        callback = S.once(function (...args) {
          stopListening();
          original.apply(stream, args);
        });
      }
    }
    return cleanup;
  }

  // finishedPromise is stream/promises' finished: a promise instead of a
  // callback; options.cleanup removes the listeners once it settles.
  function finishedPromise(stream, opts) {
    let autoCleanup = false;
    if (opts && opts.cleanup) {
      if (typeof opts.cleanup !== 'boolean') throw S.invalidArgType('cleanup', 'of type boolean', opts.cleanup);
      autoCleanup = true;
    }
    return new Promise((resolve, reject) => {
      const cleanup = eos(stream, opts, (err) => {
        if (autoCleanup) cleanup();
        if (err) reject(err);
        else resolve();
      });
    });
  }

  eos.finished = finishedPromise;
  S.eos = eos;
  S.finishedPromise = finishedPromise;
})
