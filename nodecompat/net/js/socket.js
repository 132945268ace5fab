// net.Socket: a Duplex stream over a handle of the socket core (a TCP or
// Unix-domain connection). The handle's events come from Go: bytes are
// pushed straight into the readable side, the end of the peer's stream,
// connect outcomes and idle timeouts arrive through the functions at the
// bottom. Writes hand chunks to the handle, which keeps them referenced
// until the kernel has taken them.
(function (S) {
  'use strict';

  const B = S.binding;
  const Duplex = S.Duplex;
  const Buffer = S.Buffer;
  const codedError = S.codedError;
  const nextTick = B.nextTick;
  // A readable state's flags, as the stream scripts read them.
  const kState = S.kState;
  const { kEndEmitted } = S.readableBits;
  const endOfData = S.endOfData;

  const kTimeout = Symbol('timeout');
  const kSetNoDelay = Symbol('kSetNoDelay');
  const kSetKeepAlive = Symbol('kSetKeepAlive');
  const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
  const kBytesRead = Symbol('kBytesRead');
  const kBytesWritten = Symbol('kBytesWritten');
  const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
  // kWrappedBy is the socket (a TLSSocket) that took over this one's
  // connection: this is its _parent.
  const kWrappedBy = Symbol('wrappedBy');
  // idleTimers counts the sockets' live idle timers (this[kTimeout]), so
  // that _unrefTimer, which every connect, end and write calls, returns at
  // once while no socket has one instead of walking the parents' chain.
  let idleTimers = 0;

  function Socket(options) {
    if (!(this instanceof Socket)) return new Socket(options);
    // new net.Socket() makes the socket net.connect(port, host) does: its
    // stream options are the same, and so is the literal (not for a
    // subclass, whose object this is).
    if (options === void 0 && new.target === Socket) {
      const socket = buildSocket(null, false, clientStreamOptions);
      if (socket !== null) return socket;
    }
    // The module's own options (see newSocket) never ask for object mode.
    const own = options === ownOptions && options !== null;
    if (!own && options && options.objectMode) {
      throw B.invalidArgValue('options.objectMode', options.objectMode, 'is not supported');
    } else if (!own && options && (options.readableObjectMode || options.writableObjectMode)) {
      throw B.invalidArgValue('options.' + (options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'),
        options.readableObjectMode || options.writableObjectMode, 'is not supported');
    }
    // The other fields Node sets here (_hadError, _parent, _host,
    // _pendingData, _pendingEncoding, server, _server) have their
    // defaults on the prototype: most sockets never change them, and a
    // property created per socket costs more than reading it there.
    this.connecting = false;
    this._handle = null;

    let streamOptions;
    if (own) {
      // The module's own options come with their stream options made
      // once (per server, or shared by connect()'s sockets).
      streamOptions = ownStreamOptions;
      ownOptions = ownStreamOptions = null;
    } else {
      options = typeof options === 'number' ? { fd: options } : Object.assign({}, options);
      // A socket ends its writable side when the peer ends unless asked
      // otherwise; it emits 'close' itself, when the handle has closed.
      options.allowHalfOpen = Boolean(options.allowHalfOpen);
      options.emitClose = false;
      options.autoDestroy = true;
      options.decodeStrings = false;
      streamOptions = options;
    }
    Duplex.call(this, streamOptions);

    if (options.handle) {
      this._handle = options.handle;
    } else if (options.fd !== void 0) {
      S.validateInt32(options.fd, 'fd', 0);
    }
    // Readable's on adds nothing to Stream's for 'end': unless a subclass
    // brings its own on, the listener goes to Stream's at once, sparing a
    // call through Readable's.
    if (this.on === readableOn) streamProto.on.call(this, 'end', onReadableStreamEnd);
    else this.on('end', onReadableStreamEnd);
    // A new socket's stream state is fresh, which is what undestroying
    // makes it, unless an aborted signal destroyed it or a _construct of
    // a subclass is pending.
    initSocketHandle(this, options.signal === void 0 && this._construct === void 0);
    startReading(this, options);
    if (options.signal) addAbortSignalOption(this, options.signal);

    // The symbol-keyed state has its defaults on the prototype (a socket
    // sets only what differs): Node's symbols are not these anyway.
    if (options.noDelay) this[kSetNoDelay] = true;
    if (options.keepAlive) this[kSetKeepAlive] = true;
    // (Without a delay ~~(undefined / 1000) is 0.)
    if (options.keepAliveInitialDelay !== void 0) {
      const initialDelay = ~~(options.keepAliveInitialDelay / 1000);
      if (initialDelay !== 0) this[kSetKeepAliveInitialDelay] = initialDelay;
    }
  }
  Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
  Object.setPrototypeOf(Socket, Duplex);
  const proto = Socket.prototype;
  // Readable's on, and the prototype whose on it calls (Stream's).
  const readableOn = Duplex.prototype.on;
  const streamProto = Object.getPrototypeOf(Object.getPrototypeOf(Duplex.prototype));
  // What newSocket's literal needs of EventEmitter: its on, and the keys
  // of the state its constructor sets (none when the events module is not
  // nodeshim's, and newSocket uses the constructor).
  const EventEmitter = S.EventEmitter;
  const emitterOn = EventEmitter.prototype.on;
  const kShapeMode = S.kShapeMode;
  const kCapture = S.kCapture;
  const literalSockets = kShapeMode !== void 0 && kCapture !== void 0;
  const presetStreamStates = S.presetStreamStates;
  proto._hadError = false;
  proto._parent = null;
  proto._host = null;
  proto._pendingData = null;
  proto._pendingEncoding = '';
  proto.server = null;
  proto._server = null;
  proto[kLastWriteQueueSize] = 0;
  proto[kTimeout] = null;
  proto[kSetNoDelay] = false;
  proto[kSetKeepAlive] = false;
  proto[kSetKeepAliveInitialDelay] = 0;
  proto[kBytesRead] = 0;
  proto[kBytesWritten] = 0;

  // ownOptions is an options object this module made for the next new
  // Socket (the server's for an accepted connection, connect()'s from a
  // port and a host), which the constructor takes as it is instead of
  // copying it as it copies a caller's; ownStreamOptions is what that
  // socket's Duplex is made with. Making a stream's options once rather
  // than per socket spares a connection the properties' creation.
  let ownOptions = null;
  let ownStreamOptions = null;

  // clientStreamOptions are the stream options of a socket whose options
  // say nothing about its stream (connect()'s from a port and a host).
  const clientStreamOptions = Object.freeze(streamOptionsFor(false, undefined));

  // streamOptionsFor returns the options of a socket's Duplex: the socket
  // ends its writable side when the peer ends unless allowHalfOpen, and
  // emits 'close' itself, when its handle has closed. They are preset
  // (the stream module reads them once, for every socket made with them):
  // the caller freezes them.
  function streamOptionsFor(allowHalfOpen, highWaterMark) {
    const o = { allowHalfOpen: Boolean(allowHalfOpen), emitClose: false, autoDestroy: true, decodeStrings: false };
    if (highWaterMark !== void 0) {
      o.readableHighWaterMark = highWaterMark;
      o.writableHighWaterMark = highWaterMark;
    }
    return S.presetStreamOptions(o);
  }

  // newSocket makes a Socket for the module: one connect() makes (handle
  // null) or one of a server's connections (its handle, paused when pause
  // says so), with the stream options streamOptions (clientStreamOptions
  // when null). Unless a script has changed what the constructor would
  // call or read on the way (see buildSocket), the socket is built as
  // one literal with the constructor's own properties in its order:
  // creating a property of an object that is already a Socket looks for a
  // setter of that name up five prototypes, which made up much of a
  // socket's construction.
  function newSocket(handle, pause, streamOptions) {
    streamOptions = streamOptions || clientStreamOptions;
    const socket = buildSocket(handle, pause, streamOptions);
    if (socket !== null) return socket;
    ownOptions = handle === null ? noOptions : { handle, pauseOnCreate: pause };
    ownStreamOptions = streamOptions;
    return new Socket(ownOptions);
  }

  // noOptions are the options of new net.Socket().
  const noOptions = Object.freeze({});

  // buildSocket returns the literal newSocket describes, or null when the
  // constructor must make the socket: when what it calls or reads through
  // the prototypes is not as the modules left it (the prototype itself, on
  // for the 'end' listener, _construct none and _events none inherited).
  // The test is written out here, as a call of its own costs more than it.
  function buildSocket(handle, pause, streamOptions) {
    if (literalSockets && Socket.prototype === proto && proto.on === readableOn && streamProto.on === emitterOn &&
      proto._construct === void 0 && proto._events === void 0) {
      // (The prototype comes last: goja creates a computed key's property
      // as an assignment, which looks up the prototypes for a setter.)
      const socket = {
        connecting: false,
        _handle: handle,
        // Duplex's listener table, with onReadableStreamEnd added as the
        // constructor's on('end') adds it. (A script's undefined is a
        // lookup of the global object's property; void 0 is a constant.)
        _events: {
          close: void 0, error: void 0, prefinish: void 0, finish: void 0, drain: void 0,
          data: void 0, end: onReadableStreamEnd, readable: void 0,
        },
        _readableState: null,
        _writableState: null,
        allowHalfOpen: false,
        // EventEmitter's init keeps a truthy inherited _maxListeners.
        _maxListeners: proto._maxListeners || void 0,
        _eventsCount: 1,
        _sockname: null,
        [kShapeMode]: true,
        [kCapture]: EventEmitter.prototype[kCapture],
        __proto__: proto,
      };
      if (presetStreamStates(socket, streamOptions)) {
        // (Without a handle initSocketHandle would only set _sockname,
        // which the literal has.)
        if (handle !== null) {
          initSocketHandle(socket, true);
          startHandle(socket, pause, false);
        }
        return socket;
      }
    }
    return null;
  }

  // startReading starts a new socket with a handle reading, unless its
  // options ask it to wait.
  function startReading(self, options) {
    if (self._handle && options.readable !== false) startHandle(self, options.pauseOnCreate, options.manualStart);
  }

  // startHandle starts the handle of a new socket reading, or stops it
  // when pause says so; manual leaves it as it is.
  function startHandle(self, pause, manual) {
    if (pause) {
      self._handle.reading = false;
      self._handle.readStop();
      self.readableFlowing = false;
    } else if (!manual) {
      self.read(0);
    }
  }

  // initSocketHandle makes the socket the owner of its handle's events;
  // fresh says its stream state needs no undestroying.
  function initSocketHandle(self, fresh) {
    if (!fresh) self._undestroy();
    self._sockname = null;
    // A script may hand in a handle of its own making (Node's tests do);
    // only ours take an owner and timers.
    if (self._handle && typeof self._handle.setOwner === 'function') {
      self._handle.setOwner(self);
      // A socket without timers of its own or a parent's has none to tell.
      if (self[kTimeout] || self._parent) syncTimers(self, true);
    }
  }

  // syncTimers tells the handle which idle timers its reads and writes
  // refresh: the socket's and those of the sockets it was made from, as
  // _unrefTimer does. A handle that has just been given its owner has none
  // to forget (setOwner drops them).
  function syncTimers(self, newHandle) {
    if (!self._handle || typeof self._handle.setTimers !== 'function') return;
    let timers = null;
    for (let s = self; s !== null && s !== void 0; s = s._parent) {
      if (s[kTimeout]) (timers || (timers = [])).push(s[kTimeout]);
    }
    if (timers !== null || !newHandle) self._handle.setTimers(timers || []);
  }

  function addAbortSignalOption(self, signal) {
    S.validateAbortSignal(signal, 'options.signal');
    const onAbort = () => {
      self._aborted = true;
      self.destroy(new S.AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      nextTick(onAbort);
    } else {
      nextTick(() => {
        signal.addEventListener('abort', onAbort, { once: true });
        self.once('close', () => signal.removeEventListener('abort', onAbort));
      });
    }
  }

  // After the peer's end a socket that is not half-open refuses writes.
  function onReadableStreamEnd() {
    if (!this.allowHalfOpen) this.write = writeAfterFIN;
  }

  function writeAfterFIN(chunk, encoding, cb) {
    if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
    if (typeof encoding === 'function') cb = encoding;
    const err = new Error('This socket has been ended by the other party');
    err.code = 'EPIPE';
    if (typeof cb === 'function') nextTick(cb, err);
    this.destroy(err);
    return false;
  }

  proto._unrefTimer = function _unrefTimer() {
    if (idleTimers === 0) return;
    for (let s = this; s !== null && s !== void 0; s = s._parent) {
      if (s[kTimeout]) s[kTimeout].refresh();
    }
  };

  // The writable side ends with a shutdown of the handle (FIN), once the
  // socket is connected.
  proto._final = function (cb) {
    if (this.pending) {
      this.once('connect', () => this._final(cb));
      return;
    }
    if (!this._handle) {
      cb();
      return;
    }
    this._handle.shutdown(cb);
  };
  // Its direct form, for a connected socket with the module's own handle:
  // the handle ends the stream's final step itself, with no callback made
  // for the call.
  const kDirectFinal = S.directFinal.key;
  proto._final[kDirectFinal] = function (stream) {
    if (stream.pending || !ownHandle(stream._handle)) return false;
    stream._handle.shutdownFinal(stream);
    return true;
  };

  proto.setTimeout = function setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    this.timeout = msecs;
    msecs = S.getTimerDuration(msecs, 'msecs');
    if (this[kTimeout]) {
      this[kTimeout].close();
      this[kTimeout] = null;
      idleTimers--;
    }
    if (msecs === 0) {
      if (callback !== void 0) {
        S.validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      this[kTimeout] = B.idleTimer(this, msecs);
      idleTimers++;
      if (callback !== void 0) {
        S.validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    // The sockets wrapping this one refresh its timer too.
    for (let s = this; s !== void 0; s = s[kWrappedBy]) syncTimers(s);
    return this;
  };

  proto._onTimeout = function () {
    const handle = this._handle;
    const last = this[kLastWriteQueueSize];
    if (last > 0 && handle) {
      // A write still draining counts as activity.
      const size = handle.writeQueueSize;
      if (last !== size) {
        this[kLastWriteQueueSize] = size;
        this._unrefTimer();
        return;
      }
    }
    this.emit('timeout');
  };

  proto.setNoDelay = function (enable) {
    enable = Boolean(enable === void 0 ? true : enable);
    if (!this._handle) {
      this[kSetNoDelay] = enable;
      return this;
    }
    if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
      this[kSetNoDelay] = enable;
      this._handle.setNoDelay(enable);
    }
    return this;
  };

  proto.setKeepAlive = function (enable, initialDelayMsecs) {
    enable = Boolean(enable);
    const initialDelay = ~~(initialDelayMsecs / 1000);
    if (!this._handle) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      return this;
    }
    if (!this._handle.setKeepAlive) return this;
    if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      this._handle.setKeepAlive(enable, initialDelay);
    }
    return this;
  };

  proto.address = function () {
    return this._getsockname();
  };

  Object.defineProperty(proto, '_connecting', {
    __proto__: null,
    get() { return this.connecting; },
  });

  Object.defineProperty(proto, 'pending', {
    __proto__: null,
    configurable: true,
    get() { return !this._handle || this.connecting; },
  });

  Object.defineProperty(proto, 'readyState', {
    __proto__: null,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
  });

  Object.defineProperty(proto, 'bufferSize', {
    __proto__: null,
    get() {
      if (this._handle) return this.writableLength;
      return undefined;
    },
  });

  // A socket asked to read while connecting starts its handle reading at
  // once when the handle is the module's own, which holds the bytes back
  // until connected anyway: Node leaves a 'connect' listener to do it
  // later, which costs a connection more than the rest of _read.
  proto._read = function (n) {
    if (this.connecting && ownHandle(this._handle)) {
      if (!this._handle.reading) tryReadStart(this);
    } else if (this.connecting || !this._handle) {
      this.once('connect', () => this._read(n));
    } else if (!this._handle.reading) {
      tryReadStart(this);
    }
  };

  // ownHandle tells the module's handles from those a script made.
  const ownHandle = B.ownHandle;

  function tryReadStart(self) {
    self._handle.reading = true;
    self._handle.readStart();
  }

  proto.end = function (data, encoding, cb) {
    Duplex.prototype.end.call(this, data, encoding, cb);
    return this;
  };

  proto.resetAndDestroy = function () {
    if (this._handle) {
      if (!(this._handle instanceof B.TCP)) throw codedError('ERR_INVALID_HANDLE_TYPE');
      if (this.connecting) {
        this.once('connect', () => this._reset());
      } else {
        this._reset();
      }
      return this;
    }
    return this.destroy(codedError('ERR_SOCKET_CLOSED'));
  };

  proto.destroySoon = function () {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  };

  proto._destroy = function (exception, cb) {
    destroySocket(this, exception, callBack, cb);
  };
  // Its direct form calls the stream's destroyDone itself.
  const { key: kDirectDestroy, done: destroyDone } = S.directDestroy;
  proto._destroy[kDirectDestroy] = function (stream, exception, cb) {
    destroySocket(stream, exception, destroyDone, cb);
  };

  function callBack(self, exception, cb) {
    cb(exception);
  }

  // destroySocket is _destroy's work: where _destroy calls back, it calls
  // done(self, exception, cb).
  function destroySocket(self, exception, done, cb) {
    self.connecting = false;
    for (let s = idleTimers === 0 ? null : self; s !== null && s !== void 0; s = s._parent) {
      if (s[kTimeout]) {
        s[kTimeout].close();
        s[kTimeout] = null;
        idleTimers--;
      }
    }
    const handle = self._handle;
    if (handle && ownHandle(handle)) {
      // The module's own handle does all of the below in one call.
      const reset = self.resetAndClosing === true;
      if (reset) self.resetAndClosing = false;
      // (!! is Boolean() without a lookup of the global; Node's Boolean is
      // its own, not one a script may replace.)
      handle.closeOwner(self, !!exception, reset);
      self._handle = null;
      self._sockname = null;
      done(self, exception, cb);
    } else if (handle) {
      const isException = Boolean(exception);
      // The counts stay on the socket; a socket that moved no bytes
      // keeps the prototype's zeros rather than gaining properties.
      const bytesRead = handle.bytesRead;
      const bytesWritten = handle.bytesWritten;
      if (bytesRead !== self[kBytesRead]) self[kBytesRead] = bytesRead;
      if (bytesWritten !== self[kBytesWritten]) self[kBytesWritten] = bytesWritten;
      const emitClose = () => self.emit('close', isException);
      if (self.resetAndClosing) {
        self.resetAndClosing = false;
        handle.reset(emitClose);
      } else if (typeof handle.close === 'function') {
        handle.close(emitClose);
      }
      if (typeof handle.setOwner === 'function') handle.setOwner(null);
      self._handle = null;
      self._sockname = null;
      done(self, exception, cb);
    } else {
      done(self, exception, cb);
      nextTick(emitCloseNT, self);
    }
    if (self._server) {
      self._server._connections--;
      if (self._server._emitCloseIfDrained) self._server._emitCloseIfDrained();
    }
  }

  function emitCloseNT(self) {
    self.emit('close');
  }

  // emitSocketClose emits the 'close' of a socket whose handle has closed.
  function emitSocketClose(self, hadError) {
    self.emit('close', hadError);
  }

  proto._reset = function () {
    this.resetAndClosing = true;
    return this.destroy();
  };

  proto._getpeername = function () {
    if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
    if (!this._peername) {
      const out = {};
      if (this._handle.getpeername(out)) return out;
      this._peername = out;
    }
    return this._peername;
  };

  proto._getsockname = function () {
    if (!this._handle || !this._handle.getsockname) return {};
    if (!this._sockname) {
      const out = {};
      if (this._handle.getsockname(out)) return out;
      this._sockname = out;
    }
    return this._sockname;
  };

  function getter(name, fn) {
    Object.defineProperty(proto, name, { __proto__: null, configurable: false, enumerable: true, get: fn });
  }

  getter('bytesRead', function () {
    return this._handle ? this._handle.bytesRead : this[kBytesRead];
  });
  getter('remoteAddress', function () { return this._getpeername().address; });
  getter('remoteFamily', function () { return this._getpeername().family; });
  getter('remotePort', function () { return this._getpeername().port; });
  getter('localAddress', function () { return this._getsockname().address; });
  getter('localPort', function () { return this._getsockname().port; });
  getter('localFamily', function () { return this._getsockname().family; });

  proto._writeGeneric = function (writev, data, encoding, cb) {
    if (this.connecting) {
      this._pendingData = data;
      this._pendingEncoding = encoding;
      const onClose = () => cb(codedError('ERR_SOCKET_CLOSED_BEFORE_CONNECTION'));
      this.once('connect', function connect() {
        this.off('close', onClose);
        this._writeGeneric(writev, data, encoding, cb);
      });
      this.once('close', onClose);
      return;
    }
    if (this._pendingData !== null) {
      this._pendingData = null;
      this._pendingEncoding = '';
    }
    if (!this._handle) {
      cb(codedError('ERR_SOCKET_CLOSED'));
      return false;
    }
    this._unrefTimer();
    // The handle says whether the kernel took the bytes at once; if not,
    // it calls cb itself once it has.
    const done = writev ? this._handle.writev(data, data.allBuffers, cb) : this._handle.write(data, encoding, cb);
    if (done) cb();
    else if (this[kTimeout] && this._handle) this[kLastWriteQueueSize] = this._handle.writeQueueSize;
  };

  proto._writev = function (chunks, cb) {
    this._writeGeneric(true, chunks, '', cb);
  };

  proto._write = function (data, encoding, cb) {
    this._writeGeneric(false, data, encoding, cb);
  };

  Object.defineProperty(proto, '_bytesDispatched', {
    __proto__: null,
    get() { return this._handle ? this._handle.bytesWritten : this[kBytesWritten]; },
  });

  getter('bytesWritten', function () {
    let bytes = this._bytesDispatched;
    const data = this._pendingData;
    const encoding = this._pendingEncoding;
    const buffered = this.writableBuffer;
    if (!buffered) return undefined;
    for (const el of buffered) {
      bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    }
    if (Array.isArray(data)) {
      for (const el of data) {
        bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
      }
    } else if (data) {
      bytes += typeof data !== 'string' ? data.length : Buffer.byteLength(data, encoding);
    }
    return bytes;
  });

  proto.ref = function () {
    if (!this._handle) {
      this.once('connect', this.ref);
      return this;
    }
    this._handle.ref();
    return this;
  };

  proto.unref = function () {
    if (!this._handle) {
      this.once('connect', this.unref);
      return this;
    }
    this._handle.unref();
    return this;
  };

  // onread delivers the end of the peer's stream (bytes go to push from
  // Go directly).
  function onEnd(self) {
    self._unrefTimer();
    // (push(null) then read(0), in one call.)
    if ((self._readableState[kState] & kEndEmitted) === 0) endOfData(self);
  }

  // onError destroys the socket with the failure that closed its handle.
  function onError(self, err) {
    self.destroy(err);
  }

  function onTimeout(self) {
    self._onTimeout();
  }

  Object.assign(S, {
    Socket, newSocket, streamOptionsFor, initSocketHandle, syncTimers, tryReadStart, onEnd, onError, onTimeout,
    emitSocketClose, kTimeout, kLastWriteQueueSize, kWrappedBy, kBytesRead, kBytesWritten, kSetNoDelay, kSetKeepAlive,
    kSetKeepAliveInitialDelay,
  });
})
