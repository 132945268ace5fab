// Async iteration over a Readable ([Symbol.asyncIterator]() and
// iterator(options)), written as a hand-made iterator because goja has no
// async generators, plus wrap() for old-style streams.
(function (S) {
  'use strict';

  const Readable = S.Readable;
  const proto = Readable.prototype;
  const nop = S.nop;

  // createAsyncIterator behaves like an async generator that reads the
  // stream chunk by chunk: next() calls run one at a time, in order; the
  // first one attaches to the stream; return() and errors end the
  // iteration and destroy the stream unless options.destroyOnReturn is
  // false (errors destroy it only when it has autoDestroy).
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
      if ((error || destroyOnReturn) && (error === undefined || stream._readableState.autoDestroy)) {
        S.destroyer(stream, null);
      } else {
        stream.off('readable', onReadable);
        stopWatching();
      }
    }

    async function pull() {
      if (done) return { value: undefined, done: true };
      if (!started) start();
      try {
        for (;;) {
          const chunk = stream.destroyed ? null : stream.read();
          if (chunk !== null) return { value: chunk, done: false };
          if (error) throw error;
          if (error === null) {
            finish();
            return { value: undefined, done: true };
          }
          await new Promise((resolve) => { wake = resolve; });
        }
      } catch (err) {
        error = S.combineErrors(error, err);
        finish();
        throw error;
      }
    }

    function stop(value) {
      if (started && !done) finish();
      done = true;
      return { value, done: true };
    }

    function fail(err) {
      if (started && !done) {
        error = S.combineErrors(error, err);
        finish();
        throw error;
      }
      done = true;
      throw err;
    }

    // enqueue runs step now if nothing is pending, else after the calls
    // made before it, as an async generator serializes its requests.
    function enqueue(step, arg) {
      return new Promise((resolve, reject) => {
        queue.push({ step, arg, resolve, reject });
        if (!busy) runQueue();
      });
    }

    function runQueue() {
      const job = queue.shift();
      if (!job) {
        busy = false;
        return;
      }
      busy = true;
      let result;
      try {
        result = Promise.resolve(job.step(job.arg));
      } catch (err) {
        result = Promise.reject(err);
      }
      result.then((v) => { job.resolve(v); runQueue(); }, (e) => { job.reject(e); runQueue(); });
    }

    const iterator = {};
    iterator.next = function next() { return enqueue(pull); };
    iterator.return = function (value) { return enqueue(stop, value); };
    iterator.throw = function (err) { return enqueue(fail, err); };
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
