// Shared helpers of the stream module: high water marks, argument checks,
// AbortError, and the predicates that tell what kind of stream a value is
// and what state it is in (used by finished, pipeline and the statics).
(function (S) {
  'use strict';

  // kIsDestroyed marks a stream-like object that destroyer() ended but
  // that has no destroyed flag of its own.
  const kIsDestroyed = Symbol('kIsDestroyed');

  // kPreset keys what a module's options object for many duplex streams
  // (a net server's or connect()'s, frozen) was found to mean when it was
  // made: both marks, both states' first flags and allowHalfOpen (see
  // presetOptions in duplex.js), so that each stream made with it takes
  // them instead of reading the options again.
  const kPreset = Symbol('kPreset');

  // kState keys the number whose bits hold a stream state's flags (as in
  // Node 20.20, where ReadableState and WritableState keep their booleans
  // in one field with accessors on the prototype): one read tells Go and
  // the scripts every flag at once. Go makes the symbol (StateKey), one
  // for every runtime, so that Go outside the stream module can read it.
  const kState = S.kState;

  // The accessor descriptors of both states' prototypes, with Node's
  // shapes (neither enumerable nor configurable). flagAccessor is a
  // boolean flag kept in bit.
  function flagAccessor(bit) {
    return {
      __proto__: null,
      enumerable: false,
      configurable: false,
      get() { return (this[kState] & bit) !== 0; },
      set(value) {
        if (value) this[kState] |= bit;
        else this[kState] &= ~bit;
      },
    };
  }

  // triStateAccessor is a field that is absent (reads as absentValue)
  // until set to true or false: hasBit says it was set, bit holds it.
  function triStateAccessor(hasBit, bit, absentValue) {
    return {
      __proto__: null,
      enumerable: false,
      configurable: false,
      get() {
        const bits = this[kState];
        return (bits & hasBit) !== 0 ? (bits & bit) !== 0 : absentValue;
      },
      set(value) {
        if (value == null) this[kState] &= ~(hasBit | bit);
        else if (value) this[kState] |= hasBit | bit;
        else this[kState] = (this[kState] | hasBit) & ~bit;
      },
    };
  }

  // defaultEncodingAccessor is defaultEncoding: 'utf8' while utf8Bit is
  // set, the value kept under key otherwise.
  function defaultEncodingAccessor(utf8Bit, key) {
    return {
      __proto__: null,
      enumerable: false,
      configurable: false,
      get() { return (this[kState] & utf8Bit) !== 0 ? 'utf8' : this[key]; },
      set(value) {
        if (value === 'utf8' || value === 'utf-8') {
          this[kState] |= utf8Bit;
        } else {
          this[kState] &= ~utf8Bit;
          this[key] = value;
        }
      },
    };
  }

  function nop() {}

  const defaultMarks = { bytes: 16 * 1024, objects: 16 };

  function getDefaultHighWaterMark(objectMode) {
    return objectMode ? defaultMarks.objects : defaultMarks.bytes;
  }

  function setDefaultHighWaterMark(objectMode, value) {
    validateInteger(value, 'value', 0);
    if (objectMode) defaultMarks.objects = value;
    else defaultMarks.bytes = value;
  }

  // highWaterMarkOf reads options.highWaterMark (or, for one side of a
  // duplex, options[sideKey]) and falls back to the default.
  function highWaterMarkOf(objectMode, options, sideKey, isDuplex) {
    let hwm = options.highWaterMark;
    if (hwm == null && isDuplex) hwm = options[sideKey];
    if (hwm == null) return getDefaultHighWaterMark(objectMode);
    // A non-negative whole number (every socket's mark) is its own floor:
    // the checks below are two native calls, which cost a stream's
    // construction more than the rest of this function.
    if (typeof hwm === 'number' && hwm >= 0 && hwm % 1 === 0) return hwm;
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw S.invalidArgValue(isDuplex ? 'options.' + sideKey : 'options.highWaterMark', hwm);
    }
    return Math.floor(hwm);
  }

  function validateInteger(value, name, min) {
    if (typeof value !== 'number') throw S.invalidArgType(name, 'of type number', value);
    if (!Number.isInteger(value)) throw S.outOfRange(name, 'an integer', value);
    if (value < min || value > Number.MAX_SAFE_INTEGER) {
      throw S.outOfRange(name, '>= ' + min + ' && <= ' + Number.MAX_SAFE_INTEGER, value);
    }
  }

  function validateFunction(value, name) {
    if (typeof value !== 'function') throw S.invalidArgType(name, 'of type function', value);
  }

  function validateObject(value, name) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw S.invalidArgType(name, 'of type object', value);
    }
  }

  function validateAbortSignal(signal, name) {
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw S.invalidArgType(name, 'an instance of AbortSignal', signal);
    }
  }

  // onAbort runs fn once when signal aborts and returns a function that
  // stops listening.
  function onAbort(signal, fn) {
    if (signal.aborted) {
      queueMicrotask(fn);
      return nop;
    }
    signal.addEventListener('abort', fn, { once: true });
    return () => signal.removeEventListener('abort', fn);
  }

  class AbortError extends Error {
    constructor(message, options) {
      super(message === undefined ? 'The operation was aborted' : message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  function abortErrorFor(signal) {
    return new AbortError(undefined, { cause: signal ? signal.reason : undefined });
  }

  // internalSignal is a minimal AbortController for the signal pipeline
  // hands to functions, as goja has no AbortController.
  function internalSignal() {
    const listeners = [];
    const signal = {
      aborted: false,
      reason: undefined,
      addEventListener(type, fn) { if (type === 'abort') listeners.push(fn); },
      removeEventListener(type, fn) {
        const i = listeners.indexOf(fn);
        if (i >= 0) listeners.splice(i, 1);
      },
      throwIfAborted() { if (this.aborted) throw this.reason; },
    };
    return {
      signal,
      abort() {
        if (signal.aborted) return;
        signal.aborted = true;
        signal.reason = new AbortError('This operation was aborted');
        for (const fn of listeners.splice(0)) fn.call(signal, { type: 'abort', target: signal });
      },
    };
  }

  // once wraps callback so that only its first call goes through.
  function once(callback) {
    let called = false;
    return function (...args) {
      if (called) return;
      called = true;
      return callback.apply(this, args);
    };
  }

  // combineErrors keeps the first error and records the second on it,
  // as Node reports two failures of one operation.
  function combineErrors(first, second) {
    if (first && second && first !== second) {
      if (Array.isArray(second.errors)) {
        second.errors.push(first);
        return second;
      }
      const agg = new AggregateError([first, second], second.message);
      agg.code = second.code;
      return agg;
    }
    return first || second;
  }

  function isUint8Array(v) { return v instanceof Uint8Array; }

  // stdio returns the process object, whose stdout and stderr pipe() never
  // ends.
  function stdio() { return globalThis.process || {}; }

  function uint8ArrayToBuffer(u8) {
    return S.Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
  }

  function isReadableNodeStream(obj, strict) {
    if (!obj || typeof obj.pipe !== 'function' || typeof obj.on !== 'function') return false;
    if (strict && (typeof obj.pause !== 'function' || typeof obj.resume !== 'function')) return false;
    const w = obj._writableState;
    if (!w) return true;
    const r = obj._readableState;
    return !!r && r.readable !== false;
  }

  function isWritableNodeStream(obj) {
    if (!obj || typeof obj.write !== 'function' || typeof obj.on !== 'function') return false;
    const w = obj._writableState;
    return !obj._readableState || !w || w.writable !== false;
  }

  function isDuplexNodeStream(obj) {
    return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
      typeof obj.on === 'function' && typeof obj.write === 'function');
  }

  function isNodeStream(obj) {
    return !!(obj && (obj._readableState || obj._writableState ||
      (typeof obj.on === 'function' && (typeof obj.write === 'function' || typeof obj.pipe === 'function'))));
  }

  function isIterable(obj, isAsync) {
    if (obj == null) return false;
    if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
    if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
    return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
  }

  function isDestroyed(stream) {
    if (!isNodeStream(stream)) return null;
    const state = stream._writableState || stream._readableState;
    return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
  }

  function isWritableEnded(stream) {
    if (!isWritableNodeStream(stream)) return null;
    if (stream.writableEnded === true) return true;
    const w = stream._writableState;
    if (w && w.errored) return false;
    if (!w || typeof w.ended !== 'boolean') return null;
    return w.ended;
  }

  // isWritableFinished: with strict false, an ended stream with nothing
  // left to write counts as finished.
  function isWritableFinished(stream, strict) {
    if (!stream) return null;
    const w = stream._writableState;
    // A duplex made with writable: false counts as finished.
    if (!w && !isWritableNodeStream(stream)) return null;
    if (stream.writableFinished === true) return true;
    if (w && w.errored) return false;
    if (!w || typeof w.finished !== 'boolean') return null;
    return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
  }

  function isReadableFinished(stream, strict) {
    if (!isReadableNodeStream(stream)) return null;
    const r = stream._readableState;
    if (r && r.errored) return false;
    if (!r || typeof r.endEmitted !== 'boolean') return null;
    return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
  }

  function isReadable(stream) {
    if (!stream || typeof stream.readable !== 'boolean') return null;
    if (isDestroyed(stream)) return false;
    return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
  }

  function isWritable(stream) {
    if (!stream || typeof stream.writable !== 'boolean') return null;
    if (isDestroyed(stream)) return false;
    return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
  }

  function isClosed(stream) {
    if (!isNodeStream(stream)) return null;
    const w = stream._writableState;
    const r = stream._readableState;
    if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
      return !!((w && w.closed) || (r && r.closed));
    }
    return null;
  }

  // willEmitClose reports whether the stream will emit 'close' by itself
  // once it ends.
  function willEmitClose(stream) {
    if (!isNodeStream(stream)) return null;
    const state = stream._writableState || stream._readableState;
    return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
  }

  function isReadableErrored(stream) {
    if (!isNodeStream(stream)) return null;
    if (stream.readableErrored) return stream.readableErrored;
    const r = stream._readableState;
    return r ? r.errored : null;
  }

  function isWritableErrored(stream) {
    if (!isNodeStream(stream)) return null;
    if (stream.writableErrored) return stream.writableErrored;
    const w = stream._writableState;
    return w ? w.errored : null;
  }

  function firstDefined(...values) {
    for (const v of values) if (v !== undefined && v !== null) return v;
    return undefined;
  }

  function isDisturbed(stream) {
    return !!(stream && (stream.readableDidRead || stream.readableAborted));
  }

  function isErrored(stream) {
    if (!stream) return false;
    const r = stream._readableState;
    const w = stream._writableState;
    return !!firstDefined(stream.readableErrored, stream.writableErrored,
      r && r.errorEmitted, w && w.errorEmitted, r && r.errored, w && w.errored);
  }

  Object.assign(S, {
    nop, kIsDestroyed, kPreset, flagAccessor, triStateAccessor, defaultEncodingAccessor,
    getDefaultHighWaterMark, setDefaultHighWaterMark, highWaterMarkOf,
    validateInteger, validateFunction, validateObject, validateAbortSignal, onAbort,
    AbortError, abortErrorFor, internalSignal, once, combineErrors,
    isUint8Array, uint8ArrayToBuffer, stdio,
    isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream, isNodeStream, isIterable,
    isDestroyed, isWritableFinished, isReadableFinished, isReadable, isWritable,
    isClosed, willEmitClose, isReadableErrored, isWritableErrored, isDisturbed, isErrored,
  });
})
