// Legacy url.parse/format/resolve, file URL helpers, domainTo*, urlToHttpOptions and querystring.
const url = require('url');
const qs = require('querystring');

const inputs = ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://ABC.com:081/p?Q#H', '  http://a.com/\\b\\c?d\\e#f\\g  ', 'mailto:a@b.com', 'javascript:alert(1)', '//a.com/x', '/p?q=1&q=2', 'a/b', 'http://a@b@c/', 'http://a@b?@c', 'http://h/a b?c d#e f', 'http://[::1]:80/x', 'http://münchen.de/x', 'file:///etc', 'HTTP:foo', 'http://a b.com/'];
for (const s of inputs) {
  console.log(JSON.stringify(url.parse(s)));
}
console.log(JSON.stringify(url.parse('/p?a=1&a=2&b', true).query), JSON.stringify(url.parse('//a.com/x', false, true).host));
for (const bad of [() => url.parse(5), () => url.parse('http://%zz@h/'), () => url.parse('http://xn--a.com'), () => url.format(5)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(url.format({ protocol: 'http', hostname: 'h', port: 8, pathname: 'p#?', query: { a: [1, 2], b: 'x y' }, hash: 'h' }));
console.log(url.format({ auth: 'us er:p@ss', host: 'h' }), url.format({ protocol: 'file', pathname: '/x' }), url.format({ hostname: '::1', port: 2 }));
console.log(url.format(new URL('http://u:p@xn--mnchen-3ya.de/p?q#h'), { unicode: true, auth: false, search: false, fragment: false }));
for (const [a, b] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', '../g'], ['http://a/b', '//c/d'], ['http://a/b?x', '?y']]) {
  console.log(`resolve(${a}, ${b}) = ${url.resolve(a, b)}`);
}
console.log(url.fileURLToPath('file:///a/b%20c/%E2%82%AC'), url.fileURLToPath(new URL('file:///x/')));
for (const bad of ['http://a/b', 'file://host/a', 'file:///a%2fb', 5]) {
  try {
    url.fileURLToPath(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(url.pathToFileURL('/a/b c/€#?%').href, url.pathToFileURL('/tmp/dir/').href);
console.log(url.domainToASCII('EXAMPLE.com'), JSON.stringify(url.domainToASCII('a b')), url.domainToASCII('münchen.de'), url.domainToUnicode('xn--fa-hia.de'));
console.log(JSON.stringify(url.urlToHttpOptions(new URL('https://u:p@[::1]:8443/p?q=1#h'))));
console.log(Object.keys(url).join(), url.URL === URL);

console.log(JSON.stringify(qs.parse('a=1&b=2&a=3&c&d=x+y%20z&=e')), JSON.stringify(qs.parse('a:1;b:2', ';', ':')));
console.log(qs.stringify({ a: [1, 'x y'], b: null, e: true, f: 1.5, g: NaN, 'k é': "~!*()'-._" }), qs.escape('a b&é/?'), qs.unescape('a+b%20%zz%41'));
