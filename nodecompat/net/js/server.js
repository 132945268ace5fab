// net.Server: an EventEmitter over a listening handle of the socket core.
// listen() takes every signature Node's does; accepted connections arrive
// from Go through onConnection and become Sockets ('connection'), or are
// dropped beyond maxConnections ('drop').
(function (S) {
  'use strict';

  const B = S.binding;
  const EventEmitter = S.EventEmitter;
  const Socket = S.Socket;
  const codedError = S.codedError;
  const nextTick = B.nextTick;
  const kStreamOptions = Symbol('kStreamOptions');
  const newSocket = S.newSocket;

  function Server(options, connectionListener) {
    if (!(this instanceof Server)) return new Server(options, connectionListener);
    EventEmitter.call(this);
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
      this.on('connection', connectionListener);
    } else if (options == null || typeof options === 'object') {
      options = Object.assign({}, options);
      if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    } else {
      throw B.invalidArgType('options', 'of type object', options);
    }
    if (typeof options.keepAliveInitialDelay !== 'undefined') {
      S.validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
      if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
    }
    if (typeof options.highWaterMark !== 'undefined') {
      S.validateNumber(options.highWaterMark, 'options.highWaterMark');
      if (options.highWaterMark < 0) options.highWaterMark = S.getDefaultHighWaterMark();
    }
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this._listeningId = 1;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = Boolean(options.pauseOnConnect);
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
    this.highWaterMark = options.highWaterMark !== undefined ? options.highWaterMark : S.getDefaultHighWaterMark();
  }
  Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Server, EventEmitter);
  const proto = Server.prototype;

  proto.listen = function (...args) {
    const normalized = S.normalizeArgs(args);
    let options = normalized[0];
    const cb = normalized[1];
    if (this._handle) throw codedError('ERR_SERVER_ALREADY_LISTEN');
    if (cb !== null) this.once('listening', cb);
    const backlogFromArgs = S.toNumber(args.length > 1 && args[1]) || S.toNumber(args.length > 2 && args[2]);
    options = options._handle || options.handle || options;
    this._listeningId++;
    if (options.signal !== undefined) addAbortSignalOption(this, options.signal);

    if (args.length === 0 || typeof args[0] === 'function' ||
        (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
      options.port = 0;
    }
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      S.validatePort(options.port, 'options.port');
      const backlog = options.backlog || backlogFromArgs;
      const flags = { ipv6Only: Boolean(options.ipv6Only), reusePort: options.reusePort === true };
      if (options.host) lookupAndListen(this, options.port | 0, options.host, backlog, flags);
      else listenOn(this, null, options.port | 0, 4, backlog, flags);
      return this;
    }
    if (options.path && S.isPipeName(options.path)) {
      this._pipeName = options.path;
      listenOn(this, options.path, -1, -1, options.backlog || backlogFromArgs,
        { readableAll: options.readableAll === true, writableAll: options.writableAll === true });
      return this;
    }
    if (!('port' in options) && !('path' in options)) {
      throw B.invalidArgValue('options', options, 'must have the property "port" or "path"');
    }
    throw B.invalidArgValue('options', options);
  };

  function addAbortSignalOption(self, signal) {
    S.validateAbortSignal(signal, 'options.signal');
    const onAborted = () => self.close();
    if (signal.aborted) {
      nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted);
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  function lookupAndListen(self, port, address, backlog, flags) {
    const listeningId = self._listeningId;
    S.dns().lookup(address, function doListen(err, ip, addressType) {
      if (listeningId !== self._listeningId) return;
      if (err) {
        self.emit('error', err);
        return;
      }
      listenOn(self, ip, port, ip ? addressType : 4, backlog, flags);
    });
  }

  // listenOn creates the listening handle, or reports its failure on the
  // next tick as Node does.
  function listenOn(self, address, port, addressType, backlog, flags) {
    const pipe = port === -1;
    const res = B.listen(self, pipe ? '' : (address || ''), pipe ? 0 : port, pipe ? address : '',
      backlog || 511, Boolean(flags.ipv6Only), Boolean(flags.reusePort),
      Boolean(flags.readableAll), Boolean(flags.writableAll));
    if (res.error) {
      nextTick(emitErrorNT, self, listenError(res.error, address || (pipe ? address : '::'), port));
      return;
    }
    self._handle = res.handle;
    const bound = {};
    self._handle.getsockname(bound);
    self._connectionKey = (pipe ? -1 : (bound.family === 'IPv6' ? 6 : 4)) + ':' +
      (pipe ? address : bound.address) + ':' + port;
    if (self._unref) self.unref();
    nextTick(emitListeningNT, self);
  }

  // listenError rebuilds the core's failure as libuv's listen errors look
  // in Node: code before errno, the address and the port (-1 for a path).
  function listenError(e, address, port) {
    const ex = new Error(e.message);
    ex.code = e.code;
    ex.errno = e.errno;
    ex.syscall = 'listen';
    ex.address = e.address !== undefined ? e.address : address;
    if (port) ex.port = port;
    return ex;
  }

  function emitErrorNT(self, err) {
    self.emit('error', err);
  }

  function emitListeningNT(self) {
    if (self._handle) self.emit('listening');
  }

  // onConnection receives an accepted connection's handle, or an accept
  // failure.
  function onConnection(self, clientHandle, err) {
    if (err) {
      self.emit('error', err);
      return;
    }
    if (self.maxConnections != null && self._connections >= self.maxConnections) {
      const data = { __proto__: null };
      const local = { __proto__: null };
      const remote = { __proto__: null };
      clientHandle.getsockname(local);
      clientHandle.getpeername(remote);
      data.localAddress = local.address;
      data.localPort = local.port;
      data.localFamily = local.family;
      data.remoteAddress = remote.address;
      data.remotePort = remote.port;
      data.remoteFamily = remote.family;
      self.emit('drop', data);
      clientHandle.close();
      return;
    }
    const socket = newSocket(clientHandle, self.pauseOnConnect, streamOptionsOf(self));
    if (self.noDelay) {
      socket[S.kSetNoDelay] = true;
      clientHandle.setNoDelay(true);
    }
    if (self.keepAlive) {
      socket[S.kSetKeepAlive] = true;
      socket[S.kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
      clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
    }
    self._connections++;
    socket.server = self;
    socket._server = self;
    self.emit('connection', socket);
  }

  // streamOptionsOf returns the stream options of the server's accepted
  // sockets, made again only when allowHalfOpen or highWaterMark changed.
  function streamOptionsOf(self) {
    const allowHalfOpen = !!self.allowHalfOpen;
    const hwm = self.highWaterMark;
    let o = self[kStreamOptions];
    if (o === void 0 || o.allowHalfOpen !== allowHalfOpen || o.readableHighWaterMark !== hwm) {
      o = Object.freeze(S.streamOptionsFor(allowHalfOpen, hwm));
      self[kStreamOptions] = o;
    }
    return o;
  }

  Object.defineProperty(proto, 'listening', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return Boolean(this._handle && this._connectionKey); },
  });

  proto.address = function () {
    if (this._handle) {
      const out = {};
      this._handle.getsockname(out);
      if (this._pipeName) return this._pipeName;
      return out;
    }
    if (this._pipeName) return this._pipeName;
    return null;
  };

  proto.getConnections = function (cb) {
    nextTick(cb, null, this._connections);
    return this;
  };

  proto.close = function (cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', function close() { cb(codedError('ERR_SERVER_NOT_RUNNING')); });
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  };

  proto._emitCloseIfDrained = function () {
    if (this._handle || this._connections) return;
    nextTick(emitCloseNT, this);
  };

  function emitCloseNT(self) {
    self.emit('close');
  }

  proto.ref = function () {
    this._unref = false;
    if (this._handle) this._handle.ref();
    return this;
  };

  proto.unref = function () {
    this._unref = true;
    if (this._handle) this._handle.unref();
    return this;
  };

  if (typeof Symbol.asyncDispose === 'symbol') {
    proto[Symbol.asyncDispose] = function () {
      if (!this._handle) return Promise.resolve();
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    };
  }

  proto[EventEmitter.captureRejectionSymbol] = function (err, event, sock) {
    if (event === 'connection') sock.destroy(err);
    else this.emit('error', err);
  };

  function createServer(options, connectionListener) {
    return new Server(options, connectionListener);
  }

  Object.assign(S, { Server, createServer, onConnection });
})
