// addAbortSignal: destroy a stream with an AbortError when a signal aborts
// (at once if it already has).
(function (S) {
  'use strict';

  function addAbortSignal(signal, stream) {
    // Unlike other validations of a signal, null is not caught here: the
    // 'in' test throws a plain TypeError for it, as in Node.
    if (signal !== undefined && (typeof signal !== 'object' || !('aborted' in signal))) {
      throw S.invalidArgType('signal', 'an instance of AbortSignal', signal);
    }
    if (!S.isNodeStream(stream)) {
      throw S.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
    }
    return addAbortSignalNoValidate(signal, stream);
  }

  function addAbortSignalNoValidate(signal, stream) {
    if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
    const abort = () => {
      stream.destroy(S.abortErrorFor(signal));
    };
    if (signal.aborted) {
      abort();
    } else {
      signal.addEventListener('abort', abort, { once: true });
      S.eos(stream, () => signal.removeEventListener('abort', abort));
    }
    return stream;
  }

  S.addAbortSignal = addAbortSignal;
  S.addAbortSignalNoValidate = addAbortSignalNoValidate;
})
