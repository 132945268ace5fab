// The module's exports: the legacy Stream constructor carrying the
// classes, the helpers and the promises API, as require('stream') has them.
(function (S) {
  'use strict';

  const Stream = S.Stream;
  const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

  const promises = {
    finished: S.finishedPromise,
    pipeline: S.pipelinePromise,
  };

  Object.assign(Stream, {
    isDestroyed: S.isDestroyed,
    isDisturbed: S.isDisturbed,
    isErrored: S.isErrored,
    isReadable: S.isReadable,
    isWritable: S.isWritable,
    Readable: S.Readable,
    Writable: S.Writable,
    Duplex: S.Duplex,
    Transform: S.Transform,
    PassThrough: S.PassThrough,
    duplexPair: S.duplexPair,
    pipeline: S.pipeline,
    addAbortSignal: S.addAbortSignal,
    finished: S.eos,
    destroy: S.destroyer,
    compose: S.compose,
    setDefaultHighWaterMark: S.setDefaultHighWaterMark,
    getDefaultHighWaterMark: S.getDefaultHighWaterMark,
  });
  Object.defineProperty(Stream, 'promises', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return promises; },
  });
  Object.defineProperty(S.pipeline, promisifyCustom, {
    __proto__: null,
    enumerable: true,
    get() { return promises.pipeline; },
  });
  Object.defineProperty(S.eos, promisifyCustom, {
    __proto__: null,
    enumerable: true,
    get() { return promises.finished; },
  });
  Stream.Stream = Stream;
  Stream._isArrayBufferView = ArrayBuffer.isView;
  Stream._isUint8Array = S.isUint8Array;
  Stream._uint8ArrayToBuffer = S.uint8ArrayToBuffer;

  S.exports = Stream;
  S.promises = promises;
})
