// Readable's (experimental) operators: map, filter, flatMap, drop, take,
// asIndexedPairs and compose return streams; forEach, toArray, some,
// every, find and reduce return promises. Written over the async iterator
// by hand, as goja has no async generators; work runs one item at a time
// (a concurrency option is accepted and validated, not parallelised).
(function (S) {
  'use strict';

  const Readable = S.Readable;
  const proto = Readable.prototype;
  const kEmpty = Symbol('kEmpty');
  const done = { value: undefined, done: true };

  function validateFn(fn) {
    if (typeof fn !== 'function') {
      throw S.invalidArgType('fn', 'of type function or an instance of AsyncFunction', fn);
    }
  }

  // checkOptions validates an operator's options and returns its signal.
  function checkOptions(options) {
    if (options == null) return undefined;
    S.validateObject(options, 'options');
    if (options.concurrency != null) S.validateInteger(Math.floor(options.concurrency), 'options.concurrency', 1);
    if (options.highWaterMark != null) S.validateInteger(Math.floor(options.highWaterMark), 'options.highWaterMark', 0);
    if (options.signal != null) S.validateAbortSignal(options.signal, 'options.signal');
    return options.signal;
  }

  function checkAborted(signal) {
    if (signal && signal.aborted) throw S.abortErrorFor(signal);
  }

  // derived makes the stream an operator returns: an async iterable whose
  // step(source) yields the next { value, done }.
  function derived(stream, signal, step) {
    let source = null;
    const iterable = {
      [Symbol.asyncIterator]() { return this; },
      async next() {
        checkAborted(signal);
        if (source === null) source = stream[Symbol.asyncIterator]();
        return step(source);
      },
      async return() {
        if (source !== null) await source.return();
        return done;
      },
    };
    return S.from(iterable);
  }

  function toIntegerOrInfinity(n) {
    n = Number(n);
    if (n !== n) return 0;
    if (n === Infinity || n === -Infinity) return n;
    return Math.trunc(n);
  }

  function countArgument(number) {
    number = toIntegerOrInfinity(number);
    if (number < 0) throw S.outOfRange('number', '>= 0', number);
    return number;
  }

  proto.map = function map(fn, options) {
    validateFn(fn);
    const signal = checkOptions(options);
    return derived(this, signal, async (source) => {
      const { value, done: end } = await source.next();
      if (end) return done;
      return { value: await fn(value, { signal }), done: false };
    });
  };

  proto.filter = function filter(fn, options) {
    validateFn(fn);
    const signal = checkOptions(options);
    return derived(this, signal, async (source) => {
      for (;;) {
        const { value, done: end } = await source.next();
        if (end) return done;
        if (await fn(value, { signal })) return { value, done: false };
      }
    });
  };

  proto.flatMap = function flatMap(fn, options) {
    validateFn(fn);
    const signal = checkOptions(options);
    let inner = null;
    return derived(this, signal, async (source) => {
      for (;;) {
        if (inner !== null) {
          const r = await inner.next();
          if (!r.done) return { value: r.value, done: false };
          inner = null;
        }
        const { value, done: end } = await source.next();
        if (end) return done;
        const mapped = await fn(value, { signal });
        inner = S.isIterable(mapped, true) ? mapped[Symbol.asyncIterator]() : wrapSync(mapped[Symbol.iterator]());
      }
    });
  };

  function wrapSync(it) {
    return { async next() { const r = it.next(); return { value: await r.value, done: r.done }; } };
  }

  proto.drop = function drop(number, options) {
    if (options != null) S.validateObject(options, 'options');
    const signal = options && options.signal;
    number = countArgument(number);
    return derived(this, signal, async (source) => {
      for (;;) {
        const r = await source.next();
        if (r.done) return done;
        if (number-- <= 0) return r;
      }
    });
  };

  proto.take = function take(number, options) {
    if (options != null) S.validateObject(options, 'options');
    const signal = options && options.signal;
    number = countArgument(number);
    return derived(this, signal, async (source) => {
      if (number-- <= 0) {
        await source.return();
        return done;
      }
      return source.next();
    });
  };

  proto.asIndexedPairs = function asIndexedPairs(options) {
    if (options != null) S.validateObject(options, 'options');
    let index = 0;
    return derived(this, options && options.signal, async (source) => {
      const { value, done: end } = await source.next();
      return end ? done : { value: [index++, value], done: false };
    });
  };

  proto.compose = function compose(stream, options) {
    if (options != null) S.validateObject(options, 'options');
    const composed = S.compose(this, stream);
    if (options && options.signal) S.addAbortSignalNoValidate(options.signal, composed);
    return composed;
  };

  // consume runs visit(value) on each item until it returns a value other
  // than kEmpty, which becomes the result, or the stream ends (fallback).
  async function consume(stream, signal, visit, fallback) {
    const it = stream[Symbol.asyncIterator]();
    for (;;) {
      checkAborted(signal);
      const { value, done: end } = await it.next();
      if (end) return fallback;
      const result = await visit(value);
      if (result !== kEmpty) {
        await it.return();
        return result;
      }
    }
  }

  proto.forEach = async function forEach(fn, options) {
    validateFn(fn);
    const signal = checkOptions(options);
    await consume(this, signal, async (value) => {
      await fn(value, { signal });
      return kEmpty;
    }, undefined);
  };

  proto.toArray = async function toArray(options) {
    if (options != null) S.validateObject(options, 'options');
    const signal = options && options.signal;
    if (signal != null) S.validateAbortSignal(signal, 'options.signal');
    const result = [];
    await consume(this, signal, (value) => {
      result.push(value);
      return kEmpty;
    }, undefined);
    return result;
  };

  proto.some = async function some(fn, options) {
    validateFn(fn);
    const signal = checkOptions(options);
    return consume(this, signal, async (value) => ((await fn(value, { signal })) ? true : kEmpty), false);
  };

  proto.every = async function every(fn, options) {
    validateFn(fn);
    const signal = checkOptions(options);
    return consume(this, signal, async (value) => ((await fn(value, { signal })) ? kEmpty : false), true);
  };

  proto.find = async function find(fn, options) {
    validateFn(fn);
    const signal = checkOptions(options);
    return consume(this, signal, async (value) => ((await fn(value, { signal })) ? value : kEmpty), undefined);
  };

  proto.reduce = async function reduce(reducer, initialValue, options) {
    if (typeof reducer !== 'function') {
      throw S.invalidArgType('reducer', 'of type function or an instance of AsyncFunction', reducer);
    }
    if (options != null) S.validateObject(options, 'options');
    const signal = options && options.signal;
    let hasInitial = arguments.length > 1;
    let acc = initialValue;
    await consume(this, signal, async (value) => {
      if (hasInitial) acc = await reducer(acc, value, { signal });
      else {
        acc = value;
        hasInitial = true;
      }
      return kEmpty;
    }, undefined);
    if (!hasInitial) {
      const err = new TypeError('Reduce of an empty stream requires an initial value');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    return acc;
  };

  // Node's rejection and async-dispose hooks.
  const asyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
  const rejection = Symbol.for('nodejs.rejection');
  function disposer(doneFlag) {
    return function () {
      let error;
      if (!this.destroyed) {
        error = this[doneFlag] ? null : new S.AbortError();
        this.destroy(error);
      }
      return new Promise((resolve, reject) => S.eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
    };
  }
  proto[asyncDispose] = disposer('readableEnded');
  S.Writable.prototype[asyncDispose] = disposer('writableFinished');
  proto[rejection] = function (err) { this.destroy(err); };
  S.Writable.prototype[rejection] = function (err) { this.destroy(err); };
})
