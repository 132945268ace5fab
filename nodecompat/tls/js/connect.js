// tls.connect: a client TLSSocket that connects itself (host and port, or
// path) or secures a socket it is given, then verifies the server as
// Node does once the handshake is over ('secureConnect').
(function (S) {
  'use strict';

  const TLSSocket = S.TLSSocket;
  const kConnectOptions = S.kConnectOptions;
  const kPendingSession = S.kPendingSession;
  let ipServernameWarned = false;

  // normalizeConnectArgs takes net's normalisation and merges in an
  // options object given after the port (and host).
  function normalizeConnectArgs(listArgs) {
    const args = S.normalizeArgs(listArgs);
    const options = args[0];
    const cb = args[1];
    if (listArgs[1] !== null && typeof listArgs[1] === 'object') Object.assign(options, listArgs[1]);
    else if (listArgs[2] !== null && typeof listArgs[2] === 'object') Object.assign(options, listArgs[2]);
    return cb ? [options, cb] : [options];
  }

  function connect(...args) {
    args = normalizeConnectArgs(args);
    let options = args[0];
    const cb = args[1];
    const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
    options = Object.assign({
      rejectUnauthorized: !allowUnauthorized,
      ciphers: S.tlsExports.DEFAULT_CIPHERS,
      checkServerIdentity: S.tlsExports.checkServerIdentity,
      minDHSize: 1024,
    }, options);
    if (!options.keepAlive) options.singleUse = true;
    S.validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
    S.validateNumber(options.minDHSize, 'options.minDHSize', 1);
    const context = options.secureContext || S.createSecureContext(options);
    const tlssock = new TLSSocket(options.socket, {
      allowHalfOpen: options.allowHalfOpen,
      pipe: Boolean(options.path),
      secureContext: context,
      isServer: false,
      requestCert: true,
      rejectUnauthorized: options.rejectUnauthorized !== false,
      session: options.session,
      ALPNProtocols: options.ALPNProtocols,
      pskCallback: options.pskCallback,
      highWaterMark: options.highWaterMark,
      signal: options.signal,
    });
    options.rejectUnauthorized = options.rejectUnauthorized !== false;
    tlssock[kConnectOptions] = options;
    if (cb) tlssock.once('secureConnect', cb);
    if (!options.socket) {
      if (options.timeout) tlssock.setTimeout(options.timeout);
      tlssock.connect(options, tlssock._start);
    }
    tlssock._releaseControl();
    if (options.session) tlssock.setSession(options.session);
    const servername = options.servername;
    if (servername) {
      if (!ipServernameWarned && S.isIP(servername)) {
        process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
          'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
        ipServernameWarned = true;
      }
      tlssock.setServername(servername);
    }
    if (options.socket) tlssock._start();
    tlssock.on('secure', onConnectSecure);
    tlssock.prependListener('end', onConnectEnd);
    return tlssock;
  }

  // onConnectSecure checks the server once the handshake is over: the
  // chain's verdict from the core, then the host name (unless the session
  // was resumed, or the script's own check ran during the handshake), and
  // emits 'secureConnect' or fails.
  function onConnectSecure() {
    const options = this[kConnectOptions];
    let verifyError = this.ssl.verifyError();
    if (!S.hasCustomIdentity(options)) { // a script's own check ran during the handshake
      if (verifyError && verifyError.code === 'ERR_TLS_CERT_ALTNAME_INVALID') verifyError = null;
      if (!verifyError && !this.isSessionReused()) {
        verifyError = options.checkServerIdentity(S.hostToCheck(options), this.getPeerCertificate(true));
      }
    }
    if (verifyError) {
      this.authorized = false;
      this.authorizationError = verifyError.code || verifyError.message;
      if (options.rejectUnauthorized) {
        this.destroy(verifyError);
        return;
      }
    } else {
      this.authorized = true;
    }
    this.secureConnecting = false;
    this.emit('secureConnect');
    const session = this[kPendingSession];
    this[kPendingSession] = null;
    if (session) this.emit('session', session);
    this.removeListener('end', onConnectEnd);
  }

  // onConnectEnd fails a client whose server closed before the handshake
  // was over.
  function onConnectEnd() {
    if (this._hadError) return;
    const options = this[kConnectOptions];
    this._hadError = true;
    const err = new Error('Client network socket disconnected before secure TLS connection was established');
    err.code = 'ECONNRESET';
    err.path = options.path;
    err.host = options.host;
    err.port = options.port;
    err.localAddress = options.localAddress;
    this.destroy(err);
  }

  S.tlsExports.connect = connect;
})
