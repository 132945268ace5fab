// Argument checks and Node's coded errors for the net module, and the
// normalisation of the many call signatures of connect() and listen().
(function (S) {
  'use strict';

  const B = S.binding;
  // The checks the stream scripts make too are theirs.
  const { validateFunction, validateObject, validateAbortSignal } = S.streamValidators;

  // Messages of the coded errors net raises; a function builds the message
  // from the error's arguments.
  const messages = {
    ERR_SERVER_ALREADY_LISTEN: ['Error', 'Listen method has been called more than once without closing.'],
    ERR_SERVER_NOT_RUNNING: ['Error', 'Server is not running.'],
    ERR_SOCKET_CLOSED: ['Error', 'Socket is closed'],
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION: ['Error', 'Socket closed before the connection was established'],
    ERR_SOCKET_CONNECTION_TIMEOUT: ['Error', 'Socket connection timeout'],
    ERR_INVALID_HANDLE_TYPE: ['TypeError', 'This handle type cannot be sent'],
    ERR_INVALID_IP_ADDRESS: ['TypeError', (ip) => 'Invalid IP address: ' + ip],
    ERR_INVALID_ADDRESS_FAMILY: ['RangeError', (family, host, port) => 'Invalid address family: ' + family + ' ' + host + ':' + port],
    ERR_MISSING_ARGS: ['TypeError', (...names) => 'The ' + names.map((n) => '"' + n + '"').join(' or ') + ' argument must be specified'],
  };

  // codedError(code, ...args) is the error Node raises with that code.
  function codedError(code, ...args) {
    const m = messages[code];
    const text = typeof m[1] === 'function' ? m[1](...args) : m[1];
    return B.nodeError(m[0], code, text);
  }

  function validateNumber(value, name, min, max) {
    if (typeof value !== 'number') throw B.invalidArgType(name, 'of type number', value);
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && Number.isNaN(value))) {
      let range = '';
      if (min != null) range += '>= ' + min;
      if (min != null && max != null) range += ' && ';
      if (max != null) range += '<= ' + max;
      throw B.outOfRange(name, range, value);
    }
  }

  function validateInt32(value, name, min, max) {
    if (min === undefined) min = -2147483648;
    if (max === undefined) max = 2147483647;
    if (typeof value !== 'number') throw B.invalidArgType(name, 'of type number', value);
    if (!Number.isInteger(value)) throw B.outOfRange(name, 'an integer', value);
    if (value < min || value > max) throw B.outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  }

  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw B.invalidArgType(name, 'of type boolean', value);
  }

  function validateString(value, name) {
    if (typeof value !== 'string') throw B.invalidArgType(name, 'of type string', value);
  }

  // validatePort accepts a number or a non-blank numeric string naming an
  // integer port (0 too, unless allowZero is false) and returns it.
  function validatePort(port, name, allowZero) {
    if (name === undefined) name = 'Port';
    if (allowZero === undefined) allowZero = true;
    // A whole number in range (the usual port) passes without the bit
    // operations below, each of which allocates in goja above 255.
    if (typeof port === 'number' && port > 0 && port <= 0xFFFF && port % 1 === 0) return port;
    const ok = (typeof port === 'number' || (typeof port === 'string' && port.trim().length !== 0)) &&
      +port === (+port >>> 0) && port <= 0xFFFF && (allowZero || port !== 0);
    if (!ok) {
      throw B.nodeError('RangeError', 'ERR_SOCKET_BAD_PORT',
        name + ' should be ' + (allowZero ? '>=' : '>') + ' 0 and < 65536.' + B.received(port) + '.');
    }
    return port | 0;
  }

  // getTimerDuration checks a timeout in milliseconds as timers do.
  function getTimerDuration(msecs, name) {
    if (typeof msecs !== 'number') throw B.invalidArgType(name, 'of type number', msecs);
    if (!(msecs >= 0) || !Number.isFinite(msecs)) throw B.outOfRange(name, 'a non-negative finite number', msecs);
    if (msecs > 2147483647) {
      process.emitWarning(msecs + ' does not fit into a 32-bit signed integer.' +
        '\nTimer duration was truncated to 2147483647.', 'TimeoutOverflowWarning');
      return 2147483647;
    }
    return msecs;
  }

  // toNumber is x as a number when that is >= 0, else false.
  function toNumber(x) {
    x = Number(x);
    return x >= 0 ? x : false;
  }

  // isPipeName tells a Unix-domain socket path from a port.
  function isPipeName(s) {
    return typeof s === 'string' && toNumber(s) === false;
  }

  // AbortError is what an aborted signal destroys a socket with.
  class AbortError extends Error {
    constructor(message, options) {
      super(message === undefined ? 'The operation was aborted' : message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  const normalizedArgs = Symbol('normalizedArgs');

  // normalizeArgs turns the arguments of connect() and listen() into
  // [options, callback-or-null], marked as normalised.
  function normalizeArgs(args) {
    const result = normalize(args);
    result[normalizedArgs] = true;
    return result;
  }

  // normalize is normalizeArgs without the mark, for net.connect, which
  // hands its result straight to the socket's connect.
  function normalize(args) {
    if (args.length === 0) return [{}, null];
    const first = args[0];
    let options = {};
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const cb = args[args.length - 1];
    return [options, typeof cb === 'function' ? cb : null];
  }

  Object.assign(S, {
    codedError, validateNumber, validateInt32, validateFunction, validateBoolean, validateString,
    validateObject, validateAbortSignal, validatePort, getTimerDuration, toNumber, isPipeName,
    normalizeArgs, normalize, normalizedArgs, AbortError,
  });
})
