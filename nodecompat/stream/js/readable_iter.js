// Async iteration over a Readable ([Symbol.asyncIterator]() and
// iterator(options)), written as a hand-made iterator because goja has no
// async generators, plus wrap() for old-style streams.
(function (S) {
  'use strict';

  const Readable = S.Readable;
  const proto = Readable.prototype;
  const nop = S.nop;
  const kState = S.kState;
  const { kAutoDestroy } = S.readableBits;

  const DONE = Object.freeze({ value: undefined, done: true });

  // createAsyncIterator behaves like an async generator that reads the
  // stream chunk by chunk: next() calls run one at a time, in order; the
  // first one attaches to the stream; return() and errors end the
  // iteration and destroy the stream unless options.destroyOnReturn is
  // false (errors destroy it only when it has autoDestroy). It settles its
  // promises after as many microtask hops as an async generator would
  // (one to resume after a wait, one more to yield a value), because
  // callers interleave them with other promise work.
  function createAsyncIterator(stream, options) {
    const destroyOnReturn = !(options && options.destroyOnReturn === false);
    let started = false;
    let done = false;
    let error; // undefined while the stream is open, null once it ended
    let wake = nop;
    let stopWatching = nop;
    const queue = [];
    let busy = false;

    function onReadable() {
      const fn = wake;
      wake = nop;
      fn();
    }

    function start() {
      started = true;
      stream.on('readable', onReadable);
      stopWatching = S.eos(stream, { writable: false }, (err) => {
        error = err ? S.combineErrors(error, err) : null;
        onReadable();
      });
    }

    function finish() {
      done = true;
      if ((error || destroyOnReturn) && (error === undefined || (stream._readableState[kState] & kAutoDestroy) !== 0)) {
        S.destroyer(stream, null);
      } else {
        stream.off('readable', onReadable);
        stopWatching();
      }
    }

    // settle completes the current request and starts the next one.
    function settle(job, ok, value) {
      if (ok) job.resolve(value);
      else job.reject(value);
      runNext();
    }

    function fail(job, err) {
      error = S.combineErrors(error, err);
      finish();
      settle(job, false, error);
    }

    // pull looks for the next chunk, waiting for 'readable' or the end.
    function pull(job) {
      let chunk;
      try {
        chunk = stream.destroyed ? null : stream.read();
      } catch (err) {
        fail(job, err);
        return;
      }
      if (chunk !== null) {
        Promise.resolve().then(() => settle(job, true, { value: chunk, done: false }));
      } else if (error) {
        fail(job, error);
      } else if (error === null) {
        finish();
        settle(job, true, DONE);
      } else {
        new Promise((resolve) => { wake = resolve; }).then(() => pull(job));
      }
    }

    const steps = {
      next(job) {
        if (done) {
          settle(job, true, DONE);
          return;
        }
        if (!started) start();
        pull(job);
      },
      return(job) {
        Promise.resolve().then(() => {
          if (started && !done) finish();
          done = true;
          settle(job, true, { value: job.arg, done: true });
        });
      },
      throw(job) {
        if (started && !done) {
          fail(job, job.arg);
          return;
        }
        done = true;
        settle(job, false, job.arg);
      },
    };

    function runNext() {
      const job = queue.shift();
      if (!job) {
        busy = false;
        return;
      }
      busy = true;
      steps[job.kind](job);
    }

    function request(kind, arg) {
      return new Promise((resolve, reject) => {
        queue.push({ kind, arg, resolve, reject });
        if (!busy) runNext();
      });
    }

    const iterator = {};
    iterator.next = function next() { return request('next'); };
    iterator.return = function (value) { return request('return', value); };
    iterator.throw = function (err) { return request('throw', err); };
    iterator[Symbol.asyncIterator] = function () { return this; };
    return iterator;
  }

  function streamToAsyncIterator(stream, options) {
    if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
    const iter = createAsyncIterator(stream, options);
    iter.stream = stream;
    return iter;
  }

  proto[Symbol.asyncIterator] = function () {
    return streamToAsyncIterator(this);
  };

  proto.iterator = function iterator(options) {
    if (options !== undefined) S.validateObject(options, 'options');
    return streamToAsyncIterator(this, options);
  };

  proto.wrap = function wrap(stream) {
    let paused = false;
    stream.on('data', (chunk) => {
      if (!this.push(chunk) && stream.pause) {
        paused = true;
        stream.pause();
      }
    });
    stream.on('end', () => { this.push(null); });
    stream.on('error', (err) => { S.errorOrDestroy(this, err); });
    stream.on('close', () => { this.destroy(); });
    stream.on('destroy', () => { this.destroy(); });
    this._read = () => {
      if (paused && stream.resume) {
        paused = false;
        stream.resume();
      }
    };
    for (const key of Object.keys(stream)) {
      if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
    }
    return this;
  };

  Readable.wrap = function wrap(src, options) {
    let objectMode = src.readableObjectMode;
    if (objectMode == null) objectMode = src.objectMode;
    if (objectMode == null) objectMode = true;
    return new Readable(Object.assign({ objectMode }, options, {
      destroy(err, callback) {
        S.destroyer(src, err);
        callback(err);
      },
    })).wrap(src);
  };

  S.createAsyncIterator = createAsyncIterator;
})
