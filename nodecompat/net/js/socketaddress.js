// net.SocketAddress: a validated IP address, port, family and IPv6 flow
// label, the unit BlockList works with.
(function (S) {
  'use strict';

  const B = S.binding;
  const kAddr = Symbol('kHandle');
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  class SocketAddress {
    constructor(options) {
      if (options === undefined) options = {};
      S.validateObject(options, 'options');
      let family = options.family === undefined ? 'ipv4' : options.family;
      const address = options.address === undefined ? (family === 'ipv4' ? '127.0.0.1' : '::') : options.address;
      const port = options.port === undefined ? 0 : options.port;
      const flowlabel = options.flowlabel === undefined ? 0 : options.flowlabel;
      if (family !== null && typeof family.toLowerCase === 'function') family = family.toLowerCase();
      if (family !== 'ipv4' && family !== 'ipv6') throw B.invalidArgValue('options.family', options.family);
      S.validateString(address, 'options.address');
      S.validatePort(port, 'options.port');
      validateUint32(flowlabel, 'options.flowlabel');
      const bytes = B.ipBytes(address, family === 'ipv4' ? 4 : 6);
      if (bytes === undefined) throw B.nodeError('Error', 'ERR_INVALID_ADDRESS', 'Invalid socket address');
      this[kAddr] = {
        address: B.canonicalIP(address), port: port | 0, family, flowlabel: flowlabel | 0, bytes,
      };
    }

    get address() { return this[kAddr].address; }

    get port() { return this[kAddr].port; }

    get family() { return this[kAddr].family; }

    get flowlabel() { return this[kAddr].flowlabel; }

    toJSON() {
      return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
    }

    [customInspect](depth, options) {
      if (depth < 0) return this;
      const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
      return 'SocketAddress ' + S.core('util').inspect(this.toJSON(), opts);
    }

    static isSocketAddress(value) {
      return value != null && value[kAddr] !== undefined;
    }
  }

  function validateUint32(value, name) {
    if (typeof value !== 'number') throw B.invalidArgType(name, 'of type number', value);
    if (!Number.isInteger(value)) throw B.outOfRange(name, 'an integer', value);
    if (value < 0 || value > 4294967295) throw B.outOfRange(name, '>= 0 && <= 4294967295', value);
  }

  // addressBytes returns the 16 bytes of a SocketAddress (IPv4 mapped into
  // IPv6) for comparisons.
  function addressBytes(sa) {
    return sa[kAddr].bytes;
  }

  Object.assign(S, { SocketAddress, addressBytes });
})
