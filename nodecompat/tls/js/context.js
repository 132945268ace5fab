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

  function createSecureContext(options) {
    if (!options) options = {};
    const parsed = {};
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
    parsed.minVersion = options.minVersion || exports.DEFAULT_MIN_VERSION;
    parsed.maxVersion = options.maxVersion || exports.DEFAULT_MAX_VERSION;
    return new SecureContext(parsed);
  }

  // alpnList turns the ALPNProtocols option (strings, or the wire format
  // in a Buffer or view) into a list of protocol names.
  function alpnList(protocols) {
    if (protocols === undefined || protocols === null) return undefined;
    if (Array.isArray(protocols)) {
      return protocols.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1')));
    }
    if (ArrayBuffer.isView(protocols)) {
      const buf = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
      const out = [];
      for (let i = 0; i < buf.length;) {
        const n = buf[i];
        out.push(buf.toString('latin1', i + 1, i + 1 + n));
        i += 1 + n;
      }
      return out;
    }
    throw B.invalidArgType('options.ALPNProtocols', 'an instance of Array, Buffer, TypedArray, or DataView', protocols);
  }

  function convertALPNProtocols(protocols, out) {
    if (Array.isArray(protocols)) {
      const parts = [];
      for (const p of protocols) {
        const b = Buffer.from(p);
        if (b.length > 255) throw B.outOfRange('The byte length of the protocol at index ' + parts.length + ' exceeds the maximum length.', '<= 255', b.length);
        parts.push(Buffer.from([b.length]), b);
      }
      out.ALPNProtocols = Buffer.concat(parts);
    } else if (ArrayBuffer.isView(protocols)) {
      out.ALPNProtocols = Buffer.from(protocols);
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

  Object.assign(S, { tlsExports: exports, SecureContext, createSecureContext, alpnList });
})
