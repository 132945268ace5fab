// TLSSocket: a net.Socket whose handle carries TLS. It either takes over
// the connection of a connected socket it wraps (STARTTLS, client or
// server side; bytes that socket read but did not deliver go to the
// handshake), waits for a connecting one, or makes its own handle to
// connect (tls.connect). The handshake runs in the core; its outcome
// arrives in onHandshakeDone and becomes 'secure'.
(function (S) {
  'use strict';

  const B = S.binding;
  const T = S.tlsBinding;
  const Buffer = S.Buffer;
  const Socket = S.Socket;
  const nextTick = B.nextTick;

  const kContext = Symbol('context');
  const kPendingBytes = Symbol('pendingBytes');
  const kPendingSession = Symbol('pendingSession');
  const kSession = Symbol('session');
  const kServername = Symbol('servername');
  const kWrappedBy = S.kWrappedBy;
  const kConnectOptions = Symbol('connect-options');
  const kErrorEmitted = Symbol('error-emitted');

  function TLSSocket(socket, opts) {
    if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
    const tlsOptions = Object.assign({}, opts);
    this._tlsOptions = tlsOptions;
    // The options are checked before anything is taken over, in Node's order.
    this[kContext] = tlsOptions.secureContext || S.createSecureContext(tlsOptions);
    if (tlsOptions.isServer && tlsOptions.ALPNCallback) {
      S.validateFunction(tlsOptions.ALPNCallback, 'options.ALPNCallback');
    }
    if (tlsOptions.ALPNProtocols) {
      S.tlsExports.convertALPNProtocols(tlsOptions.ALPNProtocols, tlsOptions);
      if (!ArrayBuffer.isView(tlsOptions.ALPNProtocols)) throw new TypeError('Must give a Buffer as first argument');
    }
    if (tlsOptions.pskCallback) S.validateFunction(tlsOptions.pskCallback, 'pskCallback');
    this._secureEstablished = false;
    this._securePending = false;
    this._newSessionPending = false;
    this._controlReleased = false;
    this.secureConnecting = true;
    this._SNICallback = null;
    this.servername = null;
    this.alpnProtocol = null;
    this.authorized = false;
    this.authorizationError = null;
    this[kPendingSession] = null;
    this[kSession] = tlsOptions.session;
    this[kPendingBytes] = null;

    let handle = null;
    let deferred = false;
    if (socket instanceof Socket && socket._handle && !socket.connecting) {
      handle = T.takeOver(socket._handle);
      if (handle === null) throw B.nodeError('Error', 'ERR_SOCKET_CLOSED', 'Socket is closed');
      this[kPendingBytes] = unreadBytes(socket);
    } else if (socket) {
      if (!(socket instanceof Socket)) {
        throw B.invalidArgType('socket', 'an instance of net.Socket', socket);
      }
      deferred = true;
    } else {
      handle = tlsOptions.pipe ? new B.Pipe() : new B.TCP();
    }
    this.encrypted = true;
    Socket.call(this, {
      handle,
      allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
      pauseOnCreate: tlsOptions.pauseOnConnect,
      manualStart: true,
      highWaterMark: tlsOptions.highWaterMark,
      signal: tlsOptions.signal,
    });
    if (socket) {
      this._parent = socket;
      socket[kWrappedBy] = this;
      S.syncTimers(this);
    }
    this.ssl = null;
    this.on('error', this._tlsError);
    this._init(socket, deferred);
    nextTick(initRead, this);
  }
  Object.setPrototypeOf(TLSSocket.prototype, Socket.prototype);
  Object.setPrototypeOf(TLSSocket, Socket);
  const proto = TLSSocket.prototype;

  // unreadBytes takes what a wrapped socket read but nobody consumed: it
  // belongs to the handshake.
  function unreadBytes(socket) {
    if (!socket.readableLength) return null;
    const chunks = [];
    let chunk;
    while ((chunk = socket.read()) !== null) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, socket._readableState.encoding) : chunk);
    }
    return chunks.length ? Buffer.concat(chunks) : null;
  }

  function initRead(self) {
    if (!self.destroyed) self.read(0);
  }

  proto._init = function (socket, deferred) {
    const options = this._tlsOptions;
    this._requestCert = Boolean(options.requestCert) || !options.isServer;
    this._rejectUnauthorized = Boolean(options.rejectUnauthorized);
    if (options.server) this.server = options.server;
    if (options.isServer) this._SNICallback = options.SNICallback || null;
    if (deferred) {
      this.connecting = true;
      // Until it has the connection, this socket ends when the one it
      // waits for closes, as Node's does.
      const onParentClose = () => this.destroy();
      socket.once('close', onParentClose);
      socket.once('connect', () => {
        const handle = T.takeOver(socket._handle);
        if (handle === null || this.destroyed) return;
        socket.removeListener('close', onParentClose);
        this[kPendingBytes] = unreadBytes(socket);
        this._handle = handle;
        S.initSocketHandle(this);
        this.connecting = false;
        this.emit('connect');
      });
    }
    // A server side starts at once on the connection it took over.
    if (options.isServer && socket) {
      if (options.handshakeTimeout > 0) this.setTimeout(options.handshakeTimeout, this._handleTimeout);
      this._start();
    }
  };

  // _start starts the handshake, once there is a connection.
  proto._start = function () {
    if (this.connecting) {
      this.once('connect', () => this._start());
      return;
    }
    if (!this._handle || this.ssl || this.destroyed) return;
    const options = this._tlsOptions;
    const side = this[kContext][S.kMethodSide];
    if (side && side !== (options.isServer ? 'server' : 'client')) {
      // OpenSSL's methods for the other side cannot start a handshake.
      this.destroy(B.nodeError('Error', 'ERR_SSL_CALLED_A_FUNCTION_YOU_SHOULD_NOT_CALL', 'called a function you should not call'));
      return;
    }
    const connectOptions = this[kConnectOptions];
    const params = {
      isServer: Boolean(options.isServer),
      host: connectOptions ? hostToCheck(connectOptions) : '',
      servername: this[kServername] || '',
      session: this[kSession],
      allowUnauthorized: !this._rejectUnauthorized,
      // A script's own check runs during the handshake, when Node's does.
      checkServerIdentity: hasCustomIdentity(connectOptions) ?
        (cert) => connectOptions.checkServerIdentity(hostToCheck(connectOptions), cert) : undefined,
      requestCert: this._requestCert,
      ALPNProtocols: S.alpnList(options.ALPNProtocols),
      SNICallback: this._SNICallback,
      ALPNCallback: options.isServer && options.ALPNCallback ? alpnChooser(this, options.ALPNCallback) : undefined,
      pending: this[kPendingBytes],
    };
    this[kPendingBytes] = null;
    this.ssl = T.start(this._handle, this[kContext].context, params,
      (err) => onHandshakeDone(this, err), (session) => onNewSession(this, session));
  };

  // alpnChooser calls a server's ALPNCallback as Node does, with the
  // socket as this and { servername, protocols }, for the name and the
  // protocols a client sent; it returns the protocol chosen, or undefined
  // to refuse them all, and throws for a value the client did not offer.
  function alpnChooser(socket, callback) {
    return (servername, protocols) => {
      if (servername) socket.servername = servername;
      const chosen = callback.call(socket, { servername, protocols });
      if (chosen === undefined || protocols.includes(chosen)) return chosen;
      throw B.nodeError('TypeError', 'ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', 'ALPN callback returned a value (' +
        chosen + ") that did not match any of the client's offered protocols (" + protocols.join(', ') + ')');
    };
  }

  // hasCustomIdentity reports whether a client's options bring their own
  // checkServerIdentity.
  function hasCustomIdentity(options) {
    return options !== undefined && options.checkServerIdentity !== S.tlsExports.checkServerIdentity;
  }

  // hostToCheck is the name a client checks the server's certificate
  // against.
  function hostToCheck(options) {
    return options.servername || options.host || (options.socket && options.socket._host) || 'localhost';
  }

  // kHangUpMessage is the core's message for a peer that closed during
  // the handshake.
  const kHangUpMessage = 'Client network socket disconnected before secure TLS connection was established';

  function onHandshakeDone(self, err) {
    if (self.destroyed) return;
    if (!err) {
      self._finishInit();
      return;
    }
    const options = self[kConnectOptions];
    if (options && err.code === 'ECONNRESET' && err.message === kHangUpMessage) {
      // The server closed before the handshake was over: as in Node, the
      // readable side ends ('end'), and onConnectEnd fails the socket.
      self.push(null);
      self.read(0);
      return;
    }
    self._hadError = true;
    if (self._tlsOptions.isServer && (err.code === 'ECONNRESET' || self.ssl.verifyError())) {
      // The client went away, or its certificate was refused (the server
      // closed without a word): tls.Server reports it as a hang-up.
      self.destroy();
      return;
    }
    if (options && err.code === 'ERR_TLS_CERT_ALTNAME_INVALID' && !hasCustomIdentity(options)) {
      err = options.checkServerIdentity(hostToCheck(options), self.getPeerCertificate(true)) || err;
    } else if (options && err.code === 'ECONNRESET') {
      err.path = options.path;
      err.host = options.host;
      err.port = options.port;
      err.localAddress = options.localAddress;
    }
    self.destroy(err);
  }

  function onNewSession(self, session) {
    if (self._secureEstablished && self.secureConnecting === false) self.emit('session', session);
    else self[kPendingSession] = session;
  }

  proto._finishInit = function () {
    if (!this._handle || !this.ssl) return;
    this.alpnProtocol = this.ssl.getALPNNegotiatedProtocol();
    // A client reports the name it asked for (false when none); a server
    // the name the client sent.
    if (this.servername === null) {
      this.servername = this._tlsOptions.isServer ? this.ssl.getServername() : (this[kServername] || false);
    }
    this._secureEstablished = true;
    if (this._tlsOptions.handshakeTimeout > 0) this.setTimeout(0, this._handleTimeout);
    this.emit('secure');
  };

  // A handshake timeout is reported ('tlsClientError' on a server), not
  // acted on: what to do with the socket is the handler's call.
  proto._handleTimeout = function () {
    this._emitTLSError(B.nodeError('Error', 'ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout'));
  };

  proto._tlsError = function (err) {
    this.emit('_tlsError', err);
    if (this._controlReleased) return err;
    return null;
  };

  proto._emitTLSError = function (err) {
    const e = this._tlsError(err);
    if (e) this.emit('error', e);
  };

  proto._releaseControl = function () {
    if (this._controlReleased) return false;
    this._controlReleased = true;
    this.removeListener('error', this._tlsError);
    return true;
  };

  // Destroying or resetting the socket a TLS socket wraps, once the TLS
  // socket has its connection, ends the TLS socket the same way, as in
  // Node, where the wrapped socket still owns the connection (here the
  // TLS socket's handle took it over, and the wrapped one's 'close' waits
  // for its). The handle layer calls this from the check phase after the
  // wrapped socket's handle closed, as Node's TLS socket ends on the
  // wrapped one's 'close'. A client whose handshake was under way fails
  // with Node's EINVAL.
  proto[B.kPredecessorClosed] = function (reset) {
    if (this.destroyed) return;
    let err;
    if (!this._tlsOptions.isServer && this.ssl && !this._secureEstablished) {
      err = new Error('read EINVAL');
      Object.assign(err, { errno: -22, code: 'EINVAL', syscall: 'read' });
    }
    this.resetAndClosing = reset;
    this.destroy(err);
  };

  // Destroying a TLS socket closes the socket it wraps too: after this
  // one's 'error' is due, but with its 'close' first.
  proto._destroy = function (err, cb) {
    Socket.prototype._destroy.call(this, err, cb);
    const parent = this._parent;
    if (parent && parent[kWrappedBy] === this && !parent.destroyed) parent.destroy();
  };

  // A TLS socket's handle is not a TCP one in Node (it is the TLS layer
  // over one, there from the start), so it cannot be reset; once destroyed
  // the socket is closed.
  proto.resetAndDestroy = function () {
    if (!this.destroyed) throw S.codedError('ERR_INVALID_HANDLE_TYPE');
    return this.destroy(S.codedError('ERR_SOCKET_CLOSED'));
  };

  proto.setServername = function (name) {
    S.validateString(name, 'name');
    if (this._tlsOptions.isServer) {
      throw B.nodeError('Error', 'ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket');
    }
    this[kServername] = name;
  };

  proto.setSession = function (session) {
    if (typeof session === 'string') session = Buffer.from(session, 'latin1');
    this[kSession] = session;
  };

  proto.getSession = function () {
    return this.ssl ? this.ssl.getSession() : undefined;
  };

  proto.getPeerCertificate = function (detailed) {
    if (!this.ssl) return null;
    return this.ssl.getPeerCertificate(Boolean(detailed)) || {};
  };

  proto.getCertificate = function () {
    return this.ssl ? {} : null;
  };

  proto.getProtocol = function () {
    return this.ssl ? this.ssl.getProtocol() : null;
  };

  proto.getCipher = function () {
    return this.ssl ? this.ssl.getCipher() : null;
  };

  proto.isSessionReused = function () {
    return Boolean(this.ssl && this.ssl.isSessionReused());
  };

  proto.getEphemeralKeyInfo = function () {
    return this.ssl ? this.ssl.getEphemeralKeyInfo() : null;
  };

  proto.exportKeyingMaterial = function (length, label, context) {
    S.validateInt32(length, 'length', 1);
    S.validateString(label, 'label');
    if (context !== undefined && !ArrayBuffer.isView(context)) {
      throw B.invalidArgType('context', 'an instance of Buffer, TypedArray, or DataView', context);
    }
    if (!this.ssl) throw B.nodeError('Error', 'ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established');
    return this.ssl.exportKeyingMaterial(length, label, context);
  };

  // The core sizes records itself; a size TLS allows is accepted.
  proto.setMaxSendFragment = function (size) {
    S.validateInt32(size, 'size');
    return size >= 512 && size <= 16384;
  };

  proto.disableRenegotiation = function () {
    this._renegotiationDisabled = true;
  };

  proto.renegotiate = function (options, callback) {
    S.validateObject(options, 'options');
    if (callback !== undefined) S.validateFunction(callback, 'callback');
    if (this.destroyed) return false;
    if (callback) {
      nextTick(callback, B.nodeError('Error', 'ERR_TLS_RENEGOTIATION_DISABLED',
        'TLS session renegotiation disabled for this socket'));
    }
    return false;
  };

  proto.enableTrace = function () {};

  proto.getFinished = function () {
    return undefined;
  };

  proto.getPeerFinished = function () {
    return undefined;
  };

  proto.getSharedSigalgs = function () {
    return [];
  };

  Object.assign(S, {
    TLSSocket, kConnectOptions, kErrorEmitted, kPendingSession, hostToCheck, hasCustomIdentity,
  });
  S.tlsExports.TLSSocket = TLSSocket;
})
