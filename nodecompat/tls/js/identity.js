// checkServerIdentity: whether a certificate (as getPeerCertificate
// describes it) names the host a client asked for. An IP address must be
// among the IP SANs; a name must match a DNS SAN, or the common name when
// the certificate has no DNS SANs, a wildcard standing for the whole or a
// part of the leftmost label only.
(function (S) {
  'use strict';

  const B = S.binding;

  function unfqdn(host) {
    return host.replace(/[.]$/, '');
  }

  function splitHost(host) {
    return unfqdn(host).toLowerCase().split('.');
  }

  // matches tells whether the host's labels match a certificate name.
  function matches(hostParts, pattern) {
    if (!pattern || typeof pattern !== 'string') return false;
    const patternParts = splitHost(pattern);
    if (hostParts.length !== patternParts.length) return false;
    // Every label but the leftmost must be equal and not empty.
    for (let i = hostParts.length - 1; i > 0; i--) {
      if (patternParts[i] === '' || patternParts[i] !== hostParts[i]) return false;
    }
    const hostLabel = hostParts[0];
    const patternLabel = patternParts[0];
    const pieces = patternLabel.split('*');
    // No wildcard, or an IDNA label, which must match exactly.
    if (pieces.length === 1 || patternLabel.includes('xn--')) return hostLabel === patternLabel;
    // One wildcard only, and not for a whole registrable domain.
    if (pieces.length > 2 || patternParts.length <= 2) return false;
    const [prefix, suffix] = pieces;
    if (prefix.length + suffix.length > hostLabel.length) return false;
    return hostLabel.startsWith(prefix) && hostLabel.endsWith(suffix);
  }

  // splitAltNames splits OpenSSL's SAN text, where a name with a comma or
  // a quote is written as a JSON string.
  function splitAltNames(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
      const colon = text.indexOf(':', i);
      let end;
      let value;
      if (text[colon + 1] === '"') {
        let j = colon + 2;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        value = text.slice(i, colon + 1) + JSON.parse(text.slice(colon + 1, j + 1));
        end = j + 1;
      } else {
        end = text.indexOf(', ', i);
        if (end === -1) end = text.length;
        value = text.slice(i, end);
      }
      out.push(value);
      i = end + 2;
    }
    return out;
  }

  function altNameError(reason, host, cert) {
    const err = B.nodeError('Error', 'ERR_TLS_CERT_ALTNAME_INVALID',
      "Hostname/IP does not match certificate's altnames: " + reason);
    err.reason = reason;
    err.host = host;
    err.cert = cert;
    return err;
  }

  function checkServerIdentity(hostname, cert) {
    const subject = cert.subject;
    const altNames = cert.subjectaltname;
    const dnsNames = [];
    const ips = [];
    hostname = '' + hostname;
    if (altNames) {
      for (const name of splitAltNames(altNames)) {
        if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
        else if (name.startsWith('IP Address:')) ips.push(B.canonicalIP(name.slice(11)));
      }
    }
    hostname = unfqdn(hostname);
    let valid = false;
    let reason = 'Unknown reason';
    if (S.isIP(hostname)) {
      valid = ips.includes(B.canonicalIP(hostname));
      if (!valid) reason = 'IP: ' + hostname + " is not in the cert's list: " + ips.join(', ');
    } else if (dnsNames.length > 0 || (subject && subject.CN)) {
      const hostParts = splitHost(hostname);
      const wildcard = (pattern) => matches(hostParts, pattern);
      if (dnsNames.length > 0) {
        valid = dnsNames.some(wildcard);
        if (!valid) reason = 'Host: ' + hostname + ". is not in the cert's altnames: " + altNames;
      } else {
        const cn = subject.CN;
        valid = Array.isArray(cn) ? cn.some(wildcard) : wildcard(cn);
        if (!valid) reason = 'Host: ' + hostname + ". is not cert's CN: " + cn;
      }
    } else {
      reason = 'Cert does not contain a DNS name';
    }
    if (!valid) return altNameError(reason, hostname, cert);
    return undefined;
  }

  S.tlsExports.checkServerIdentity = checkServerIdentity;
})
