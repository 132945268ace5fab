// isIP, isIPv4 and isIPv6: the textual forms Node accepts (dotted quads
// without leading zeros; every RFC 4291 form of IPv6, with an embedded
// dotted quad and a zone suffix allowed).
(function (S) {
  'use strict';

  const octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
  const quad = '(?:' + octet + '\\.){3}' + octet;
  const g = '(?:[0-9a-fA-F]{1,4})';
  // Each alternative fixes how many groups come before the "::" (or that
  // there is none), then allows what may follow.
  const forms = [
    '(?:' + g + ':){7}(?:' + g + '|:)',
    '(?:' + g + ':){6}(?:' + quad + '|:' + g + '|:)',
    '(?:' + g + ':){5}(?::' + quad + '|(?::' + g + '){1,2}|:)',
    '(?:' + g + ':){4}(?:(?::' + g + '){0,1}:' + quad + '|(?::' + g + '){1,3}|:)',
    '(?:' + g + ':){3}(?:(?::' + g + '){0,2}:' + quad + '|(?::' + g + '){1,4}|:)',
    '(?:' + g + ':){2}(?:(?::' + g + '){0,3}:' + quad + '|(?::' + g + '){1,5}|:)',
    '(?:' + g + ':){1}(?:(?::' + g + '){0,4}:' + quad + '|(?::' + g + '){1,6}|:)',
    '(?::(?:(?::' + g + '){0,5}:' + quad + '|(?::' + g + '){1,7}|:))',
  ];
  const v4 = new RegExp('^' + quad + '$');
  const v6 = new RegExp('^(?:' + forms.join('|') + ')(?:%[0-9a-zA-Z-.:]{1,})?$');

  function isIPv4(s) {
    return v4.test(s);
  }

  function isIPv6(s) {
    return v6.test(s);
  }

  // isIP remembers its last string: a client connects to the same
  // address again and again, and the regular expressions cost more than
  // the comparison.
  let lastString = null;
  let lastKind = 0;

  function isIP(s) {
    if (typeof s === 'string' && s === lastString) return lastKind;
    const kind = isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
    if (typeof s === 'string') {
      lastString = s;
      lastKind = kind;
    }
    return kind;
  }

  Object.assign(S, { isIP, isIPv4, isIPv6 });
})
