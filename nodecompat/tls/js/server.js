// tls.Server: a net.Server whose connections become server-side
// TLSSockets ('secureConnection' once secure, 'tlsClientError' when the
// handshake fails or the client hangs up first).
(function (S) {
  'use strict';

  const B = S.binding;
  const NetServer = S.Server;
  const TLSSocket = S.TLSSocket;
  const kErrorEmitted = S.kErrorEmitted;
  const kContexts = Symbol('contexts');
  const kSNICallback = Symbol('snicallback');
  const kHandshakeTimeout = Symbol('handshake-timeout');
  const kALPNCallback = Symbol('alpncallback');

  function Server(options, listener) {
    if (!(this instanceof Server)) return new Server(options, listener);
    if (typeof options === 'function') {
      listener = options;
      options = {};
    } else if (options == null || typeof options === 'object') {
      options = options || {};
    } else {
      throw B.invalidArgType('options', 'of type object', options);
    }
    this._contexts = [];
    this.requestCert = options.requestCert === true;
    this.rejectUnauthorized = options.rejectUnauthorized !== false;
    if (options.ALPNCallback && options.ALPNProtocols) {
      throw B.nodeError('TypeError', 'ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
        'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive');
    }
    this[kALPNCallback] = options.ALPNCallback;
    if (options.ALPNProtocols) S.tlsExports.convertALPNProtocols(options.ALPNProtocols, this);
    this.setSecureContext(options);
    if (options.handshakeTimeout !== undefined) {
      S.validateNumber(options.handshakeTimeout, 'options.handshakeTimeout');
    }
    this[kHandshakeTimeout] = options.handshakeTimeout || 120 * 1000;
    if (options.SNICallback !== undefined) S.validateFunction(options.SNICallback, 'options.SNICallback');
    this[kSNICallback] = options.SNICallback;
    // Pre-shared keys are not supported; the options are checked as Node does.
    if (options.pskCallback) S.validateFunction(options.pskCallback, 'options.pskCallback');
    if (options.pskIdentityHint !== undefined && options.pskIdentityHint !== null) {
      S.validateString(options.pskIdentityHint, 'options.pskIdentityHint');
    }
    NetServer.call(this, options, tlsConnectionListener);
    if (listener) this.on('secureConnection', listener);
  }
  Object.setPrototypeOf(Server.prototype, NetServer.prototype);
  Object.setPrototypeOf(Server, NetServer);
  const proto = Server.prototype;

  proto.setSecureContext = function (options) {
    S.validateObject(options, 'options');
    // A server ignores a falsy sessionTimeout, which a context would check.
    this._sharedCreds = S.createSecureContext({ __proto__: options, sessionTimeout: options.sessionTimeout || undefined });
  };

  // addContext serves another certificate to clients that ask for a
  // matching name (SNI); '*' matches within one label.
  proto.addContext = function (servername, context) {
    if (!servername) throw B.nodeError('Error', 'ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext');
    const pattern = servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*');
    const ctx = context instanceof S.SecureContext ? context : S.createSecureContext(context);
    this._contexts.push([new RegExp('^' + pattern + '$'), ctx]);
    if (!this[kContexts]) {
      // The contexts added are looked up by a default SNI callback, made
      // once per server so that its connections share one core context.
      this[kContexts] = (name, callback) => {
        for (let i = this._contexts.length - 1; i >= 0; i--) {
          if (this._contexts[i][0].test(name)) {
            callback(null, this._contexts[i][1]);
            return;
          }
        }
        callback(null, undefined);
      };
    }
  };

  proto.getTicketKeys = function () {
    return this._sharedCreds.context.getTicketKeys();
  };

  proto.setTicketKeys = function (keys) {
    if (!ArrayBuffer.isView(keys)) throw B.invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', keys);
    if (keys.byteLength !== 48) {
      // Node checks the length with its internal assert.
      throw B.nodeError('Error', 'ERR_INTERNAL_ASSERTION', 'Session ticket keys must be a 48-byte buffer\n' +
        'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
        'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
    }
    this._sharedCreds.context.setTicketKeys(keys);
  };

  function tlsConnectionListener(rawSocket) {
    const socket = new TLSSocket(rawSocket, {
      secureContext: this._sharedCreds,
      isServer: true,
      server: this,
      requestCert: this.requestCert,
      rejectUnauthorized: this.rejectUnauthorized,
      handshakeTimeout: this[kHandshakeTimeout],
      ALPNProtocols: this.ALPNProtocols,
      ALPNCallback: this[kALPNCallback],
      SNICallback: this[kSNICallback] || this[kContexts],
      pauseOnConnect: this.pauseOnConnect,
    });
    socket.on('secure', onServerSocketSecure);
    socket[kErrorEmitted] = false;
    socket.on('close', onSocketClose);
    socket.on('_tlsError', onSocketTLSError);
  }

  function onServerSocketSecure() {
    if (this._requestCert) {
      const verifyError = this.ssl.verifyError();
      if (verifyError) {
        this.authorizationError = verifyError.code;
        if (this._rejectUnauthorized) this.destroy();
      } else {
        this.authorized = true;
      }
    }
    if (!this.destroyed && this._releaseControl()) {
      this.secureConnecting = false;
      this._tlsOptions.server.emit('secureConnection', this);
    }
  }

  function onSocketTLSError(err) {
    if (!this._controlReleased && !this[kErrorEmitted]) {
      this[kErrorEmitted] = true;
      this._tlsOptions.server.emit('tlsClientError', err, this);
    }
  }

  // A client that hangs up before the handshake is over is a client error
  // too.
  function onSocketClose(err) {
    if (err) return;
    if (!this._controlReleased && !this[kErrorEmitted]) {
      this[kErrorEmitted] = true;
      const reset = new Error('socket hang up');
      reset.code = 'ECONNRESET';
      this._tlsOptions.server.emit('tlsClientError', reset, this);
    }
  }

  function createServer(options, listener) {
    return new Server(options, listener);
  }

  Object.assign(S.tlsExports, { Server, createServer });
})
