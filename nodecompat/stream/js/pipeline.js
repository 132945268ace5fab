// pipeline: pipes a chain of streams (the first may be an iterable or a
// function producing one; later ones may be functions of an async
// iterable), destroys every stream when one fails, and calls back once the
// last one is done, with the first real error.
(function (S) {
  'use strict';

  const nextTick = S.nextTick;

  function popCallback(streams) {
    const cb = streams[streams.length - 1];
    S.validateFunction(cb, 'streams[stream.length - 1]');
    return streams.pop();
  }

  function pipeline(...streams) {
    return pipelineImpl(streams, popCallback(streams));
  }

  // sideDestroyer destroys stream with the pipeline's error, unless the
  // stream already finished cleanly or closed.
  function sideDestroyer(stream, reading, writing) {
    let finished = false;
    stream.on('close', () => { finished = true; });
    const cleanup = S.eos(stream, { readable: reading, writable: writing }, (err) => {
      finished = !err;
    });
    return {
      destroy(err) {
        if (finished) return;
        finished = true;
        S.destroyer(stream, err || S.codedError('ERR_STREAM_DESTROYED', 'pipe'));
      },
      cleanup,
    };
  }

  // asyncIterableOf is what a pipeline function receives: iterables as
  // they are, a Readable as its async iterator.
  function asyncIterableOf(val) {
    if (S.isIterable(val)) return val;
    if (S.isReadableNodeStream(val)) return S.createAsyncIterator(val);
    throw S.invalidArgType('val', 'an instance of Readable, Iterable, or AsyncIterable', val);
  }

  // iteratorOf returns an async iterator over an iterable, sync or async.
  function iteratorOf(iterable) {
    if (S.isIterable(iterable, true)) return iterable[Symbol.asyncIterator]();
    const it = iterable[Symbol.iterator]();
    return {
      async next() {
        const { value, done } = it.next();
        return { value: await value, done };
      },
      async return() {
        if (typeof it.return === 'function') it.return();
        return { value: undefined, done: true };
      },
    };
  }

  // pumpToNode writes an async iterable into a writable stream, honouring
  // its backpressure, and ends it when end is set.
  async function pumpToNode(iterable, writable, finish, end) {
    let error;
    let onresolve = null;
    const resume = (err) => {
      if (err) error = err;
      if (onresolve) {
        const callback = onresolve;
        onresolve = null;
        callback();
      }
    };
    const wait = () => new Promise((resolve, reject) => {
      if (error) reject(error);
      else onresolve = () => (error ? reject(error) : resolve());
    });
    writable.on('drain', resume);
    const cleanup = S.eos(writable, { readable: false }, resume);
    const it = iteratorOf(asyncIterableOf(iterable));
    try {
      if (writable.writableNeedDrain) await wait();
      for (;;) {
        const { value, done } = await it.next();
        if (done) break;
        if (!writable.write(value)) await wait();
      }
      if (end) {
        writable.end();
        await wait();
      }
      finish();
    } catch (err) {
      if (typeof it.return === 'function') {
        try { await it.return(); } catch (e) { /* the first error wins */ }
      }
      finish(error !== err ? S.combineErrors(error, err) : err);
    } finally {
      cleanup();
      writable.off('drain', resume);
    }
  }

  // pipeStreams pipes src into dst, ending dst when src ends (if end),
  // and reports each side's completion to finish.
  function pipeStreams(src, dst, finish, end) {
    let ended = false;
    dst.on('close', () => {
      if (!ended) finish(S.codedError('ERR_STREAM_PREMATURE_CLOSE'));
    });
    src.pipe(dst, { end: false });
    function endFn() {
      ended = true;
      dst.end();
    }
    if (end) {
      if (S.isReadableFinished(src)) nextTick(endFn);
      else src.once('end', endFn);
    } else {
      // The destination stays open: its side is done at once.
      finish();
    }
    // The source's end counts whether or not it ends the destination.
    S.eos(src, { readable: true, writable: false }, (err) => {
      const r = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
        // The source ended and closed before 'end' went out: wait for it.
        src.once('end', finish).once('error', finish);
      } else {
        finish(err);
      }
    });
    S.eos(dst, { readable: false, writable: true }, finish);
    return () => src.removeListener('end', endFn);
  }

  function pipelineImpl(streams, callback, opts) {
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    if (streams.length < 2) throw S.codedError('ERR_MISSING_ARGS', 'streams');

    const controller = S.internalSignal();
    const signal = controller.signal;
    const outerSignal = opts && opts.signal;
    const lastStreamCleanup = [];
    S.validateAbortSignal(outerSignal, 'options.signal');

    function abort() {
      finishImpl(new S.AbortError());
    }
    let stopOuter = S.nop;
    if (outerSignal) stopOuter = S.onAbort(outerSignal, abort);

    let error;
    let value;
    const destroys = [];
    let finishCount = 0;

    function finish(err) {
      finishImpl(err, --finishCount === 0);
    }

    function finishImpl(err, final) {
      if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
      if (!error && !final) return;
      while (destroys.length) destroys.shift()(error);
      stopOuter();
      controller.abort();
      if (final) {
        if (!error) lastStreamCleanup.forEach((fn) => fn());
        nextTick(callback, error, value);
      }
    }

    let ret;
    for (let i = 0; i < streams.length; i++) {
      const stream = streams[i];
      const reading = i < streams.length - 1;
      const writing = i > 0;
      const isLast = !reading;
      const end = reading || !opts || opts.end !== false;

      if (S.isNodeStream(stream)) {
        if (end) {
          const d = sideDestroyer(stream, reading, writing);
          destroys.push(d.destroy);
          if (S.isReadable(stream) && isLast) lastStreamCleanup.push(d.cleanup);
        }
        // Errors after the pipe finished must still reach the callback.
        const onError = (err) => {
          if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
        };
        stream.on('error', onError);
        if (S.isReadable(stream) && isLast) {
          lastStreamCleanup.push(() => stream.removeListener('error', onError));
        }
      }

      if (i === 0) {
        if (typeof stream === 'function') {
          ret = stream({ signal });
          if (!S.isIterable(ret)) {
            throw S.invalidReturnValue('Iterable, AsyncIterable or Stream', 'source', ret);
          }
        } else if (S.isIterable(stream) || S.isReadableNodeStream(stream)) {
          ret = stream;
        } else {
          ret = S.Duplex.from(stream);
        }
      } else if (typeof stream === 'function') {
        ret = stream(asyncIterableOf(ret), { signal });
        if (reading) {
          if (!S.isIterable(ret, true)) {
            throw S.invalidReturnValue('AsyncIterable', 'transform[' + (i - 1) + ']', ret);
          }
        } else {
          // The last function's promise decides the result.
          const pt = new S.PassThrough({ objectMode: true });
          const then = ret && ret.then;
          if (typeof then === 'function') {
            finishCount++;
            then.call(ret, (val) => {
              value = val;
              if (val != null) pt.write(val);
              if (end) pt.end();
              nextTick(finish);
            }, (err) => {
              pt.destroy(err);
              nextTick(finish, err);
            });
          } else if (S.isIterable(ret, true)) {
            finishCount++;
            pumpToNode(ret, pt, finish, end);
          } else {
            throw S.invalidReturnValue('AsyncIterable or Promise', 'destination', ret);
          }
          ret = pt;
          const d = sideDestroyer(ret, false, true);
          destroys.push(d.destroy);
          if (isLast) lastStreamCleanup.push(d.cleanup);
        }
      } else if (S.isNodeStream(stream)) {
        if (S.isReadableNodeStream(ret)) {
          finishCount += 2;
          const cleanup = pipeStreams(ret, stream, finish, end);
          if (S.isReadable(stream) && isLast) lastStreamCleanup.push(cleanup);
        } else if (S.isIterable(ret)) {
          finishCount++;
          pumpToNode(ret, stream, finish, end);
        } else {
          throw S.invalidArgType('val', 'an instance of Readable, Iterable, or AsyncIterable', ret);
        }
        ret = stream;
      } else {
        ret = S.Duplex.from(stream);
      }
    }

    if (signal.aborted || (outerSignal && outerSignal.aborted)) nextTick(abort);
    return ret;
  }

  // pipelinePromise is stream/promises' pipeline: a trailing plain object
  // holds options ({ signal, end }).
  function pipelinePromise(...streams) {
    return new Promise((resolve, reject) => {
      let opts;
      const last = streams[streams.length - 1];
      if (last && typeof last === 'object' && !Array.isArray(last) && !S.isNodeStream(last) && !S.isIterable(last)) {
        const options = streams.pop();
        opts = { signal: options.signal, end: options.end };
      }
      pipelineImpl(streams, (err, val) => {
        if (err) reject(err);
        else resolve(val);
      }, opts);
    });
  }

  S.pipeline = pipeline;
  S.pipelineImpl = pipelineImpl;
  S.pipelinePromise = pipelinePromise;
})
