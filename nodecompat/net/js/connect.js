// Socket.prototype.connect and what follows it: the host name's lookup
// (dns.lookup or the lookup option), then a connect on the handle — or,
// when a name has addresses of both families, attempts one after the other
// with a per-attempt timeout (Node's autoSelectFamily) — and afterwards
// 'connect' and 'ready', or the failure.
(function (S) {
  'use strict';

  const B = S.binding;
  const Socket = S.Socket;
  const codedError = S.codedError;
  const nextTick = B.nextTick;
  const kAttemptTimer = Symbol('attemptTimer');
  const kSetNoDelay = S.kSetNoDelay;
  const kSetKeepAlive = S.kSetKeepAlive;
  const kSetKeepAliveInitialDelay = S.kSetKeepAliveInitialDelay;

  // The internals a connection uses, looked up once.
  const { newSocket, normalize, initSocketHandle, isIP, validatePort } = S;
  const newTCP = B.newTCP;

  let autoSelectFamilyDefault = true;
  let autoSelectFamilyAttemptTimeoutDefault = 250;

  Socket.prototype.connect = function (...args) {
    const normalized = Array.isArray(args[0]) && args[0][S.normalizedArgs] ? args[0] : S.normalizeArgs(args);
    return connectSocket(this, normalized[0], normalized[1], false);
  };
  const protoConnect = Socket.prototype.connect;

  // connectSocket is a socket's connect(options, cb) once its arguments
  // are normalised; fresh says that connect() has just made the socket.
  function connectSocket(self, options, cb, fresh) {
    if (options.port === void 0 && options.path == null) {
      throw codedError('ERR_MISSING_ARGS', 'options', 'port', 'path');
    }
    // A socket connect() has just made has neither its own write nor a
    // destroyed state: the two reads (the second a getter up two
    // prototypes) are for a socket connecting again.
    if (!fresh && self.write !== Socket.prototype.write) self.write = Socket.prototype.write;
    if (!fresh && self.destroyed) {
      self._handle = null;
      self._peername = null;
      self._sockname = null;
      self._undestroy();
    }
    const path = options.path;
    const pipe = !!path;
    beginConnect(self, pipe, cb, fresh);
    if (pipe) {
      S.validateString(path, 'options.path');
      self._handle.connect(path);
    } else {
      lookupAndConnect(self, options);
    }
    return self;
  }

  // beginConnect gives a connecting socket its handle (unless it has one),
  // the callback as a once listener of 'connect', and the connecting state.
  function beginConnect(self, pipe, cb, fresh) {
    if (!self._handle) {
      self._handle = pipe ? B.newPipe() : newTCP();
      initSocketHandle(self, fresh);
    }
    if (cb !== null) self.once('connect', cb);
    self._unrefTimer();
    self.connecting = true;
  }

  // connectPort is lookupAndConnect for options that name a port (a
  // number) and a host and nothing else, as connect(port, host) makes
  // them: an address literal is connected to without the options object
  // (whose other fields would all read as absent).
  function connectPort(self, port, host) {
    const address = host || 'localhost';
    const addressType = isIP(address);
    if (addressType === 0) {
      lookupAndConnect(self, { port, host });
      return;
    }
    validatePort(port);
    nextTick(connectNT, self, address, port | 0, addressType);
  }

  function lookupAndConnect(self, options) {
    const localAddress = options.localAddress;
    const localPort = options.localPort;
    const host = options.host || 'localhost';
    let port = options.port;
    let autoSelectFamily = options.autoSelectFamily;
    let attemptTimeout = options.autoSelectFamilyAttemptTimeout;

    if (localAddress && !isIP(localAddress)) throw codedError('ERR_INVALID_IP_ADDRESS', localAddress);
    if (localPort) S.validateNumber(localPort, 'options.localPort');
    if (typeof port !== 'undefined') {
      if (typeof port !== 'number' && typeof port !== 'string') {
        throw B.invalidArgType('options.port', 'one of type number or string', port);
      }
      validatePort(port);
    }
    port |= 0;
    if (autoSelectFamily != null) S.validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
    else autoSelectFamily = autoSelectFamilyDefault;
    if (attemptTimeout != null) {
      S.validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
      if (attemptTimeout < 10) attemptTimeout = 10;
    } else {
      attemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
    }

    const addressType = isIP(host);
    if (addressType) {
      nextTick(connectNT, self, host, port, addressType, localAddress, localPort);
      return;
    }
    if (options.lookup != null) S.validateFunction(options.lookup, 'options.lookup');
    const dns = S.dns();
    const dnsopts = { family: dnsFamily(options.family), hints: options.hints || 0 };
    if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = dns.ADDRCONFIG;
    const lookup = options.lookup || dns.lookup;

    if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
      dnsopts.all = true;
      lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort, attemptTimeout);
      return;
    }
    lookup(host, dnsopts, function emitLookup(err, ip, family) {
      self.emit('lookup', err, ip, family, host);
      if (!self.connecting) return;
      if (err) {
        nextTick(connectErrorNT, self, err);
      } else if (!isIP(ip)) {
        nextTick(connectErrorNT, self, codedError('ERR_INVALID_IP_ADDRESS', ip));
      } else if (family !== 4 && family !== 6) {
        nextTick(connectErrorNT, self, codedError('ERR_INVALID_ADDRESS_FAMILY', family, options.host, options.port));
      } else {
        self._unrefTimer();
        internalConnect(self, ip, port, family, localAddress, localPort);
      }
    });
  }

  // connectNT connects to an address literal, on the tick after connect().
  function connectNT(self, address, port, addressType, localAddress, localPort) {
    if (self.connecting) internalConnect(self, address, port, addressType, localAddress, localPort);
  }

  function dnsFamily(family) {
    if (family === 'IPv4') return 4;
    if (family === 'IPv6') return 6;
    return family;
  }

  function connectErrorNT(self, err) {
    self.destroy(err);
  }

  function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort, timeout) {
    lookup(host, dnsopts, function emitLookup(err, addresses) {
      if (!self.connecting) return;
      if (err) {
        self.emit('lookup', err, undefined, undefined, host);
        nextTick(connectErrorNT, self, err);
        return;
      }
      // Keep each valid address once, the family of the first one first.
      const byFamily = [[], []];
      const seen = new Set();
      let firstFamily = 0;
      for (let i = 0; i < addresses.length; i++) {
        const ip = addresses[i].address;
        const family = addresses[i].family;
        self.emit('lookup', err, ip, family, host);
        if (!self.connecting) return;
        if (isIP(ip) && (family === 4 || family === 6)) {
          if (firstFamily === 0) firstFamily = family;
          if (!seen.has(ip)) {
            seen.add(ip);
            byFamily[family === firstFamily ? 0 : 1].push(addresses[i]);
          }
        }
      }
      if (!byFamily[0].length && !byFamily[1].length) {
        const first = addresses[0] || {};
        if (!isIP(first.address)) {
          nextTick(connectErrorNT, self, codedError('ERR_INVALID_IP_ADDRESS', first.address));
        } else if (first.family !== 4 && first.family !== 6) {
          nextTick(connectErrorNT, self,
            codedError('ERR_INVALID_ADDRESS_FAMILY', first.family, options.host, options.port));
        }
        return;
      }
      const toAttempt = [];
      for (let i = 0; i < Math.max(byFamily[0].length, byFamily[1].length); i++) {
        if (i < byFamily[0].length) toAttempt.push(byFamily[0][i]);
        if (i < byFamily[1].length) toAttempt.push(byFamily[1][i]);
      }
      self._unrefTimer();
      if (toAttempt.length === 1) {
        internalConnect(self, toAttempt[0].address, port, toAttempt[0].family, localAddress, localPort);
        return;
      }
      self.autoSelectFamilyAttemptedAddresses = [];
      internalConnectMultiple({
        socket: self, addresses: toAttempt, current: 0, port, localPort, timeout, errors: [],
        [kAttemptTimer]: null,
      });
    });
  }

  // internalConnect starts the handle's connect; the outcome comes back
  // through onConnect.
  function internalConnect(self, address, port, addressType, localAddress, localPort) {
    if (localAddress || localPort) {
      localAddress = localAddress || (addressType === 4 ? '0.0.0.0' : '::');
    }
    self._handle.connect(address, port, localAddress || '', localPort || 0);
  }

  // internalConnectMultiple tries the next address with a fresh handle.
  function internalConnectMultiple(context, canceled) {
    clearTimeout(context[kAttemptTimer]);
    const self = context.socket;
    if (canceled || context.current === context.addresses.length) {
      if (context.errors.length === 0) {
        self.destroy(codedError('ERR_SOCKET_CONNECTION_TIMEOUT'));
      } else if (context.errors.length === 1) {
        self.destroy(context.errors[0]);
      } else {
        const err = new AggregateError(context.errors, '');
        err.code = context.errors[0].code;
        self.destroy(err);
      }
      return;
    }
    const { address, family } = context.addresses[context.current++];
    const port = context.port;
    if (context.current > 1) {
      // The next attempt's handle reads if the last one was asked to.
      const reading = self._handle !== null && self._handle.reading === true;
      self._handle = B.newTCP();
      initSocketHandle(self);
      if (reading) S.tryReadStart(self);
    }
    context.handle = self._handle;
    self._handle.multiple = context;
    self.autoSelectFamilyAttemptedAddresses.push(address + ':' + port);
    self.emit('connectionAttempt', address, port, family);
    context.family = family;
    context.address = address;
    self._handle.connect(address, port, '', context.localPort || 0);
    if (context.current < context.addresses.length) {
      context[kAttemptTimer] = setTimeout(attemptTimedOut, context.timeout, context, context.handle);
      context[kAttemptTimer].unref();
    }
  }

  function attemptTimedOut(context, handle) {
    const self = context.socket;
    if (!self.connecting || self._handle !== handle) return;
    self.emit('connectionAttemptTimeout', context.address, context.port, context.family);
    handle.setOwner(null);
    handle.close();
    internalConnectMultiple(context);
  }

  // onConnect receives the outcome of a handle's connect.
  function onConnect(self, err, handle) {
    if (self.destroyed || self._handle !== handle) return;
    const context = handle.multiple;
    if (context) {
      handle.multiple = null;
      clearTimeout(context[kAttemptTimer]);
      if (err) {
        context.errors.push(err);
        self.emit('connectionAttemptFailed', context.address, context.port, context.family, err);
        handle.setOwner(null);
        handle.close();
        internalConnectMultiple(context);
        return;
      }
    }
    self.connecting = false;
    self._sockname = null;
    if (err) {
      self.destroy(err);
      return;
    }
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    if (!self.isPaused()) self.read(0);
  }

  function connect(...args) {
    // connect(port, host[, cb]) with a numeric port makes the socket and
    // the connection its options { port, host } would, without making
    // them: the socket's options say nothing about it (as none do), and
    // its stock connect is called in its direct form.
    const n = args.length;
    if ((n === 2 || n === 3) && typeof args[0] === 'number' && typeof args[1] === 'string') {
      const socket = newSocket(null, false, null);
      const cb = n === 3 && typeof args[2] === 'function' ? args[2] : null;
      if (socket.connect === protoConnect) {
        beginConnect(socket, false, cb, true);
        connectPort(socket, args[0], args[1]);
        return socket;
      }
      const normalized = [{ port: args[0], host: args[1] }, cb];
      normalized[S.normalizedArgs] = true;
      return socket.connect(normalized);
    }
    const normalized = normalize(args);
    const options = normalized[0];
    // An options object normalize made is the module's own; a caller's
    // that says nothing the Socket constructor reads (only where and how
    // to connect) makes the same socket as one made from a port and a
    // host, so it takes that socket's way too.
    const socket = options !== args[0] || B.connectOnly(options) ? newSocket(null, false, null) : new Socket(options);
    if (options.timeout) socket.setTimeout(options.timeout);
    // The stock connect is called directly, without normalising again (or
    // undestroying: the socket is fresh); another gets the arguments marked
    // as normalised, as Node's are.
    if (socket.connect === protoConnect) return connectSocket(socket, options, normalized[1], true);
    normalized[S.normalizedArgs] = true;
    return socket.connect(normalized);
  }

  function getDefaultAutoSelectFamily() {
    return autoSelectFamilyDefault;
  }

  function setDefaultAutoSelectFamily(value) {
    S.validateBoolean(value, 'value');
    autoSelectFamilyDefault = value;
  }

  function getDefaultAutoSelectFamilyAttemptTimeout() {
    return autoSelectFamilyAttemptTimeoutDefault;
  }

  function setDefaultAutoSelectFamilyAttemptTimeout(value) {
    S.validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
  }

  Object.assign(S, {
    connect, onConnect, getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
    getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
  });
})
