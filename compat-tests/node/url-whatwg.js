// WHATWG URL parsing: special and opaque schemes, relative resolution, hosts (IDNA, IPv4 forms, IPv6),
// percent-encoding sets, and failures with ERR_INVALID_URL.
const cases = [
  ['HTTP://EXAMPLE.com:80/a/../b/./c?x=1#frag'],
  ['http://user:pa ss@host.com:8080/p a t h?q=a b&c=d#h a'],
  ['http://example.com\\foo\\bar'],
  ['http://0x7f.1/'],
  ['http://192.168.257'],
  ['http://[0:0:0:0:0:ffff:1.2.3.4]:3000/x'],
  ['http://[1:0:0:2:0:0:0:3]/'],
  ['file:///C:/x/../y'],
  ['file://localhost/etc/hosts'],
  ['mailto:someone@example.com'],
  ['javascript:alert(1) #x'],
  ['blob:https://a.com/uuid'],
  ['/relative?x', 'http://base.com/dir/file'],
  ['../up', 'http://base.com/a/b/c'],
  ['//other.org/p', 'https://base.com/'],
  ['?q', 'http://base.com/a#f'],
  ['#only', 'sc:opaque'],
  ['http://münchen.de/ü?ä=ö#ü'],
  ['https://faß.ExAmPlE/'],
  ['sc://faß.ExAmPlE/'],
  ['ws://h:80/', ], ['wss://h:443/'], ['ftp://h:21/'],
  ['http://a/b?c=%zz&d=%41'],
  ['non-spec:/..//p'],
  ['http://f:00000000000000000000080/c'],
  ['http://`{}:`{}@h/`{}?`{}'],
  ['foo://host/dir/? !"$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'],
  ['wss://host/dir/# !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'],
  ['  \t http://trim.me/\n '],
  ['http://1.2.3.4.5/'],
  ['not a url'],
  ['http://'],
  ['http://exa mple.com'],
  ['https://a.com:99999'],
  ['http://[::1'],
  ['http://xn--a.com'],
  ['x', 'sc:sd'],
  ['http:', 'https://example.org/'],
];
const fields = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
for (const [input, base] of cases) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify(input), '=>', JSON.stringify(fields.map((f) => u[f])));
  } catch (e) {
    console.log(JSON.stringify(input), '=>', e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base));
  }
}
console.log(URL.canParse('x'), URL.canParse('x', 'http://a'), URL.parse('nope'), URL.parse('/y', 'http://a').href);
console.log(JSON.stringify({ u: new URL('http://a/b') }), String(new URL('http://a')), new URL('http://a').toJSON());
console.log(Object.prototype.toString.call(new URL('http://a')), Object.keys(URL.prototype).join());
try {
  new URL();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  URL.prototype.toString.call({});
} catch (e) {
  console.log(e.name, e.message);
}
