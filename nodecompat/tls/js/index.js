// The module's exports, in the order require('tls') has them.
(function (S) {
  'use strict';

  const parts = S.tlsExports;
  const exports = {};
  for (const name of ['CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW', 'DEFAULT_CIPHERS', 'DEFAULT_ECDH_CURVE',
    'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION', 'getCiphers']) {
    exports[name] = parts[name];
  }
  Object.defineProperty(exports, 'rootCertificates',
    Object.getOwnPropertyDescriptor(parts, 'rootCertificates'));
  Object.assign(exports, {
    convertALPNProtocols: parts.convertALPNProtocols,
    checkServerIdentity: parts.checkServerIdentity,
    createSecureContext: S.createSecureContext,
    SecureContext: S.SecureContext,
    TLSSocket: parts.TLSSocket,
    Server: parts.Server,
    createServer: parts.createServer,
    connect: parts.connect,
    createSecurePair() {
      throw S.binding.nodeError('Error', 'ERR_METHOD_NOT_IMPLEMENTED', 'The createSecurePair method is not implemented');
    },
  });
  S.tlsExports = exports;
})
