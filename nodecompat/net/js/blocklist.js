// net.BlockList: rules (single addresses, ranges, subnets) that a check
// matches an address against. IPv4 addresses are compared as IPv4-mapped
// IPv6 addresses, so an IPv4 rule also matches ::ffff:a.b.c.d.
(function (S) {
  'use strict';

  const B = S.binding;
  const SocketAddress = S.SocketAddress;
  const kRules = Symbol('rules');
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  function toAddress(value, family, name) {
    if (SocketAddress.isSocketAddress(value)) return value;
    S.validateString(value, name);
    S.validateString(family, 'family');
    return new SocketAddress({ address: value, family });
  }

  // compare orders two 16-byte addresses.
  function compare(a, b) {
    for (let i = 0; i < 16; i++) {
      if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
  }

  // inPrefix reports whether a and b agree on their first bits bits.
  function inPrefix(a, b, bits) {
    for (let i = 0; bits > 0; i++, bits -= 8) {
      const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
      if ((a[i] & mask) !== (b[i] & mask)) return false;
    }
    return true;
  }

  function label(family) {
    return family === 'ipv4' ? 'IPv4' : 'IPv6';
  }

  class BlockList {
    constructor() {
      this[kRules] = [];
    }

    [customInspect](depth, options) {
      if (depth < 0) return this;
      const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
      return 'BlockList ' + S.core('util').inspect({ rules: this.rules }, opts);
    }

    addAddress(address, family = 'ipv4') {
      const sa = toAddress(address, family, 'address');
      const bytes = S.addressBytes(sa);
      this[kRules].unshift({
        text: 'Address: ' + label(sa.family) + ' ' + sa.address,
        match: (b) => compare(b, bytes) === 0,
      });
    }

    addRange(start, end, family = 'ipv4') {
      const first = toAddress(start, family, 'start');
      const last = toAddress(end, family, 'end');
      const lo = S.addressBytes(first);
      const hi = S.addressBytes(last);
      if (compare(lo, hi) > 0) throw B.invalidArgValue('start', first, 'must come before end');
      this[kRules].unshift({
        text: 'Range: ' + label(first.family) + ' ' + first.address + '-' + last.address,
        match: (b) => compare(b, lo) >= 0 && compare(b, hi) <= 0,
      });
    }

    addSubnet(network, prefix, family = 'ipv4') {
      const sa = toAddress(network, family, 'network');
      S.validateInt32(prefix, 'prefix', 0, sa.family === 'ipv4' ? 32 : 128);
      const bytes = S.addressBytes(sa);
      const bits = sa.family === 'ipv4' ? prefix + 96 : prefix;
      this[kRules].unshift({
        text: 'Subnet: ' + label(sa.family) + ' ' + sa.address + '/' + prefix,
        match: (b) => inPrefix(b, bytes, bits),
      });
    }

    check(address, family = 'ipv4') {
      let sa;
      if (SocketAddress.isSocketAddress(address)) {
        sa = address;
      } else {
        S.validateString(address, 'address');
        S.validateString(family, 'family');
        try {
          sa = new SocketAddress({ address, family });
        } catch {
          return false;
        }
      }
      const bytes = S.addressBytes(sa);
      return this[kRules].some((r) => r.match(bytes));
    }

    get rules() {
      return this[kRules].map((r) => r.text);
    }
  }

  S.BlockList = BlockList;
})
