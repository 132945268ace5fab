// Readable.from: a Readable (object mode, highWaterMark 1 unless told
// otherwise) over a string, a Buffer, an iterable or an async iterable.
// Destroying it closes the iterator (throw() with the error, or return()).
(function (S) {
  'use strict';

  const Readable = S.Readable;

  // from builds the stream with Ctor (Readable, or Duplex for Duplex.from).
  function from(iterable, opts, Ctor) {
    if (!Ctor) Ctor = Readable;
    if (typeof iterable === 'string' || iterable instanceof S.Buffer) {
      return new Ctor(Object.assign({ objectMode: true }, opts, {
        read() {
          this.push(iterable);
          this.push(null);
        },
      }));
    }
    let isAsync;
    let iterator;
    if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
      isAsync = true;
      iterator = iterable[Symbol.asyncIterator]();
    } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
      isAsync = false;
      iterator = iterable[Symbol.iterator]();
    } else {
      throw S.invalidArgType('iterable', 'an instance of Iterable', iterable);
    }

    const readable = new Ctor(Object.assign({ objectMode: true, highWaterMark: 1 }, opts));
    let reading = false;
    let valuesAreAsync = false;

    readable._read = function () {
      if (reading) return;
      reading = true;
      if (isAsync) pullAsync();
      else if (valuesAreAsync) pullSyncAwaiting();
      else pullSync();
    };

    readable._destroy = function (error, cb) {
      closeIterator(error).then(
        () => S.nextTick(cb, error),
        (e) => S.nextTick(cb, e || error));
    };

    async function closeIterator(error) {
      const hadError = error !== undefined && error !== null;
      if (hadError && typeof iterator.throw === 'function') {
        const { value, done } = await iterator.throw(error);
        await value;
        if (done) return;
      }
      if (typeof iterator.return === 'function') {
        const { value } = await iterator.return();
        await value;
      }
    }

    // deliver pushes one value and reports whether to continue.
    function deliver(value) {
      if (value === null) {
        reading = false;
        throw S.codedError('ERR_STREAM_NULL_VALUES');
      }
      if (readable.push(value)) return true;
      reading = false;
      return false;
    }

    function pullSync() {
      try {
        for (;;) {
          const { value, done } = iterator.next();
          if (done) {
            readable.push(null);
            return;
          }
          if (value && typeof value.then === 'function') {
            switchToAwaiting(value);
            return;
          }
          if (!deliver(value)) return;
        }
      } catch (err) {
        readable.destroy(err);
      }
    }

    // switchToAwaiting handles a sync iterator that yielded a promise: from
    // then on every value is awaited.
    async function switchToAwaiting(first) {
      valuesAreAsync = true;
      try {
        if (deliver(await first)) pullSyncAwaiting();
      } catch (err) {
        readable.destroy(err);
      }
    }

    async function pullSyncAwaiting() {
      try {
        for (;;) {
          const { value, done } = iterator.next();
          if (done) {
            readable.push(null);
            return;
          }
          const res = value && typeof value.then === 'function' ? await value : value;
          if (!deliver(res)) return;
        }
      } catch (err) {
        readable.destroy(err);
      }
    }

    async function pullAsync() {
      try {
        for (;;) {
          const { value, done } = await iterator.next();
          if (done) {
            readable.push(null);
            return;
          }
          if (!deliver(value)) return;
        }
      } catch (err) {
        readable.destroy(err);
      }
    }

    return readable;
  }

  Readable.from = function (iterable, opts) {
    return from(iterable, opts);
  };
  S.from = from;
})
