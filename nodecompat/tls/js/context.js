// SecureContext and createSecureContext (PEM options parsed once by the
// core), ALPN protocol lists, and the module's constants.
(function (S) {
  'use strict';

  const B = S.binding;
  const T = S.tlsBinding;
  const Buffer = S.Buffer;

  function SecureContext(options) {
    if (!(this instanceof SecureContext)) return new SecureContext(options);
    this.context = T.createContext(options);
  }

  // validatePEM checks a key, cert or ca option: a string or a view, or an
  // array of them.
  function validatePEM(name, value) {
    const one = (v) => {
      if (typeof v !== 'string' && !ArrayBuffer.isView(v)) {
        throw B.invalidArgType('options.' + name, 'of type string or an instance of Buffer, TypedArray, or DataView', v);
      }
    };
    if (Array.isArray(value)) value.forEach(one);
    else one(value);
  }

  // methods maps each secureProtocol Node knows to the versions it allows,
  // [min, max]; null keeps the default minimum.
  const methods = {};
  for (const [name, range] of [
    ['TLS', ['TLSv1', 'TLSv1.3']], ['SSLv23', [null, 'TLSv1.2']], ['TLSv1', ['TLSv1', 'TLSv1']],
    ['TLSv1_1', ['TLSv1.1', 'TLSv1.1']], ['TLSv1_2', ['TLSv1.2', 'TLSv1.2']],
  ]) {
    for (const side of ['', '_server', '_client']) methods[name + side + '_method'] = range;
  }

  const versionNames = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

  // checkVersion returns a minVersion or maxVersion option, or the default
  // when it is undefined or null, and throws for a name Node does not know.
  function checkVersion(which, value, def) {
    if (value === undefined || value === null) value = def;
    if (!versionNames.includes(value)) {
      throw B.nodeError('TypeError', 'ERR_TLS_INVALID_PROTOCOL_VERSION',
        JSON.stringify(value) + ' is not a valid ' + which + ' TLS protocol version');
    }
    return value;
  }

  // kMethodSide marks a SecureContext made for one side only: 'server' or
  // 'client', from a secureProtocol such as TLS_server_method.
  const kMethodSide = Symbol('method-side');

  // versionRange sets out.minVersion and out.maxVersion from the options'
  // minVersion, maxVersion and secureProtocol: a method (a string) fixes
  // the versions itself, so it excludes the other two. It returns the side
  // the method is for, if only one.
  function versionRange(options, out) {
    const { secureProtocol, minVersion, maxVersion } = options;
    if (secureProtocol) {
      for (const v of [minVersion, maxVersion]) {
        if (v !== undefined && v !== null) {
          throw B.nodeError('TypeError', 'ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TLS protocol version ' +
            JSON.stringify(v) + ' conflicts with secureProtocol ' + JSON.stringify(secureProtocol));
        }
      }
    }
    out.minVersion = checkVersion('minimum', minVersion, exports.DEFAULT_MIN_VERSION);
    out.maxVersion = checkVersion('maximum', maxVersion, exports.DEFAULT_MAX_VERSION);
    if (typeof secureProtocol !== 'string') return;
    const range = methods[secureProtocol];
    if (!range) {
      const disabled = /^SSLv[23]_(server_|client_)?method$/.test(secureProtocol);
      throw B.nodeError('TypeError', 'ERR_TLS_INVALID_PROTOCOL_METHOD', disabled ?
        secureProtocol.slice(0, 5) + ' methods disabled' : 'Unknown method: ' + secureProtocol);
    }
    if (range[0] !== null) out.minVersion = range[0];
    out.maxVersion = range[1];
    const side = /_(server|client)_method$/.exec(secureProtocol);
    return side ? side[1] : undefined;
  }

  function createSecureContext(options) {
    if (!options) options = {};
    const parsed = {};
    const side = versionRange(options, parsed);
    for (const name of ['ca', 'cert', 'key']) {
      let value = options[name];
      if (value === undefined || value === null) continue;
      if (name === 'key' && Array.isArray(value)) {
        value = value.map((k) => (k !== null && typeof k === 'object' && k.pem !== undefined ? k.pem : k));
      }
      validatePEM(name, value);
      parsed[name] = value;
    }
    if (options.passphrase !== undefined && options.passphrase !== null) {
      S.validateString(options.passphrase, 'options.passphrase');
      parsed.passphrase = options.passphrase;
    }
    const ticketKeys = options.ticketKeys;
    if (ticketKeys !== undefined && ticketKeys !== null) {
      if (!ArrayBuffer.isView(ticketKeys)) {
        throw B.invalidArgType('options.ticketKeys', 'an instance of Buffer, TypedArray, or DataView', ticketKeys);
      }
      if (ticketKeys.byteLength !== 48) {
        throw B.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
          "The property 'options.ticketKeys' must be exactly 48 bytes. Received " + ticketKeys.byteLength);
      }
      parsed.ticketKeys = ticketKeys;
    }
    const context = new SecureContext(parsed);
    if (side) context[kMethodSide] = side;
    // Checked once the keys are, and then accepted: Go's fixed ticket
    // lifetime stands for it.
    const sessionTimeout = options.sessionTimeout;
    if (sessionTimeout !== undefined && sessionTimeout !== null) {
      S.validateInt32(sessionTimeout, 'options.sessionTimeout', 0);
    }
    return context;
  }

  // alpnList turns an ALPNProtocols buffer in the wire format (what
  // convertALPNProtocols makes) into a list of protocol names; falsy gives
  // none.
  function alpnList(protocols) {
    if (!protocols) return undefined;
    const buf = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    const out = [];
    for (let i = 0; i < buf.length;) {
      const n = buf[i];
      out.push(buf.toString('latin1', i + 1, i + 1 + n));
      i += 1 + n;
    }
    return out;
  }

  function convertALPNProtocols(protocols, out) {
    if (Array.isArray(protocols)) {
      const parts = [];
      protocols.forEach((p, i) => {
        // byteLength throws Node's error for what is not a string or buffer.
        const length = Buffer.byteLength(p);
        if (length > 255) {
          throw B.outOfRange('The byte length of the protocol at index ' + i + ' exceeds the maximum length.', '<= 255', length);
        }
        parts.push(Buffer.from([length]), Buffer.from(p));
      });
      out.ALPNProtocols = Buffer.concat(parts);
    } else if (protocols instanceof Uint8Array) {
      out.ALPNProtocols = Buffer.from(protocols);
    } else if (ArrayBuffer.isView(protocols)) {
      out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
    }
  }

  // The cipher suites the core can negotiate, with OpenSSL's names.
  const ciphers = [
    'aes128-gcm-sha256', 'aes128-sha', 'aes128-sha256', 'aes256-gcm-sha384', 'aes256-sha',
    'des-cbc3-sha', 'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes128-sha', 'ecdhe-ecdsa-aes128-sha256',
    'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-aes256-sha', 'ecdhe-ecdsa-chacha20-poly1305',
    'ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-rsa-aes128-sha', 'ecdhe-rsa-aes128-sha256',
    'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-aes256-sha', 'ecdhe-rsa-chacha20-poly1305',
    'ecdhe-rsa-des-cbc3-sha', 'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384',
    'tls_chacha20_poly1305_sha256',
  ];

  let rootCertificates;

  const exports = {
    CLIENT_RENEG_LIMIT: 3,
    CLIENT_RENEG_WINDOW: 600,
    DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
      'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
      'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
      'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
      'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
    DEFAULT_ECDH_CURVE: 'auto',
    DEFAULT_MIN_VERSION: 'TLSv1.2',
    DEFAULT_MAX_VERSION: 'TLSv1.3',
    getCiphers() {
      return ciphers.slice();
    },
  };
  Object.defineProperty(exports, 'rootCertificates', {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() {
      if (rootCertificates === undefined) rootCertificates = Object.freeze(T.rootCertificates());
      return rootCertificates;
    },
  });
  exports.convertALPNProtocols = convertALPNProtocols;

  Object.assign(S, { tlsExports: exports, SecureContext, createSecureContext, alpnList, kMethodSide });
})
