package url

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"

	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// newVM returns a runtime with the URL globals and the url and
// querystring exports as the globals `url` and `qs`.
func newVM(t *testing.T) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	Enable(vm)
	modtest.Load(t, vm, "url", Require)
	modtest.Load(t, vm, "qs", RequireQuerystring)
	return vm
}

// runCases evaluates each expression in a fresh runtime and compares its
// string value.
func runCases(t *testing.T, tests []struct{ js, want string }) {
	t.Helper()
	for _, tc := range tests {
		assert.Equal(t, tc.want, modtest.Eval(t, newVM(t), tc.js), tc.js)
	}
}

func TestURLClass(t *testing.T) {
	runCases(t, []struct{ js, want string }{
		{`new URL('b?x#y', 'http://A.com/a/').href`, "http://a.com/a/b?x#y"},
		{`const u = new URL('http://h/'); u.port = '81'; u.pathname = 'x y'; u.href`, "http://h:81/x%20y"},
		{`url.URL === URL && url.URLSearchParams === URLSearchParams`, "true"},
		{`try { new URL('x', 'bad') } catch (e) { [e.name, e.code, e.message, e.input, e.base].join('|') }`, "TypeError|ERR_INVALID_URL|Invalid URL|x|bad"},
		{`try { new URL() } catch (e) { e.code + ' ' + e.message }`, `ERR_MISSING_ARGS The "url" argument must be specified`},
		{`try { URL.prototype.toString.call({}) } catch (e) { e.message }`, "Receiver must be an instance of class URL"},
		{`[URL.canParse('x'), URL.canParse('x', 'http://a'), URL.parse('x')].join()`, "false,true,"},
		{`JSON.stringify({u: new URL('http://a')})`, `{"u":"http://a/"}`},
		{`Object.prototype.toString.call(new URL('http://a'))`, "[object URL]"},
		{`Object.keys(URL).join() + ' ' + Object.keys(URLSearchParams).length + ' ' + URL.name + URL.length`, "parse,canParse,createObjectURL,revokeObjectURL 0 URL1"},
		{`const d = Object.getOwnPropertyDescriptor(URL.prototype, Symbol.toStringTag); [d.writable, d.enumerable, d.configurable].join()`, "false,false,true"},
		{`Object.keys(URL.prototype).join()`, "toString,href,origin,protocol,username,password,host,hostname,port,pathname,search,searchParams,hash,toJSON"},
		{`class X extends URL { get sub() { return this.hostname.split('.')[0] } }; const x = new X('http://www.a.b'); x.extra = 1; x.sub + x.extra + (x instanceof URL)`, "www1true"},
		{`const u = new URL('http://h/?a=1'); const p = u.searchParams; p.append('b', 'x y'); u.search = '?c=2'; u.href + ' ' + [...p].join(';') + ' ' + (u.searchParams === p)`, "http://h/?c=2 c,2 true"},
		{`const u = new URL('http://h/?a=1'); u.searchParams.delete('a'); u.href`, "http://h/"},
	})
}

func TestURLSearchParamsClass(t *testing.T) {
	runCases(t, []struct{ js, want string }{
		{`new URLSearchParams('?a=1&b=x+y&a=%zz').getAll('a').join() + new URLSearchParams('b=x+y').get('b')`, "1,%zzx y"},
		{`String(new URLSearchParams({a: 1, b: [2, 3]}))`, "a=1&b=2%2C3"},
		{`String(new URLSearchParams([['x', 'y'], new Set(['k', 'v'])]))`, "x=y&k=v"},
		{`const p = new URLSearchParams('b=2&a=1&b=3&c'); p.set('b', 9); p.sort(); p + ' ' + p.size + p.has('c', '') + p.has('c', 'x')`, "a=1&b=9&c= 3truefalse"},
		{`const p = new URLSearchParams('z=1&\u00e9=2&\ud83d\ude00=3&\ufb01=4'); p.sort(); [...p.keys()].join()`, "z,é,😀,ﬁ"},
		{`const p = new URLSearchParams('a=1'); const it = p.entries(); p.append('b', 2); [...it].join(';') + ' ' + Object.prototype.toString.call(it)`, "a,1;b,2 [object URLSearchParams Iterator]"},
		{`try { new URLSearchParams([[1]]) } catch (e) { e.code }`, "ERR_INVALID_TUPLE"},
		{`try { new URLSearchParams({[Symbol.iterator]: 1}) } catch (e) { e.code }`, "ERR_ARG_NOT_ITERABLE"},
		{`try { new URLSearchParams().set('a') } catch (e) { e.message }`, `The "name" and "value" arguments must be specified`},
		{`try { URLSearchParams.prototype.has.call(1, 'a') } catch (e) { e.code }`, "ERR_INVALID_THIS"},
		{`const out = []; new URLSearchParams('a=1&b=2').forEach(function (v, k) { out.push(k + v + this.x) }, {x: '!'}); out.join()`, "a1!,b2!"},
	})
}

func TestLegacyAPI(t *testing.T) {
	runCases(t, []struct{ js, want string }{
		{`const u = url.parse('HTTP://u:p@Host.COM:81/a b?x=1#h'); [u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query, u.pathname, u.path, u.href].join('|')`,
			"http:|true|u:p|host.com:81|81|host.com|#h|?x=1|x=1|/a%20b|/a%20b?x=1|http://u:p@host.com:81/a%20b?x=1#h"},
		{`JSON.stringify(url.parse('/p?a=1&a=2', true).query)`, `{"a":["1","2"]}`},
		{`url.parse('//h/p', false, true).host + ' ' + url.parse('//h/p').pathname`, "h //h/p"},
		{`url.parse('mailto:a@b.com').auth + url.parse('javascript:x').pathname`, "ax"},
		{`url.parse('http://a.com:abc/').pathname`, "/:abc/"},
		{`try { url.parse('http://%zz@h') } catch (e) { e.name }`, "URIError"},
		{`try { url.parse(1) } catch (e) { e.code }`, "ERR_INVALID_ARG_TYPE"},
		{`url.parse('x') instanceof url.Url && Object.keys(new url.Url()).length`, "12"},
		{`url.format({protocol: 'http', hostname: '::1', port: 8, pathname: 'p?', query: {a: 'x y'}})`, "http://[::1]:8/p%3F?a=x%20y"},
		{`url.format({auth: 'a b:c@', host: 'h'}) + ' ' + url.format({protocol: 'file', pathname: '/x'})`, "a%20b:c%40@h file:///x"},
		{`url.format(new URL('http://u:p@xn--mnchen-3ya.de/?q#f'), {auth: false, search: false, fragment: false, unicode: true})`, "http://münchen.de/"},
		{`[url.resolve('/one/two/three', 'four'), url.resolve('http://a/b/c', '../d'), url.resolve('http://a/b', '//c/d')].join()`, "/one/two/four,http://a/d,http://c/d"},
		{`url.resolveObject('http://a/b/c', 'd?e').path`, "/b/d?e"},
		{`url.parse('http://a/b').resolve('c') + ' ' + url.parse('http://x.com/y?z').format()`, "http://a/c http://x.com/y?z"},
	})
}

func TestFileAndDomainHelpers(t *testing.T) {
	runCases(t, []struct{ js, want string }{
		{`url.fileURLToPath('file:///a/b%20c/%E2%82%AC') + url.fileURLToPath(new URL('file://localhost/x'))`, "/a/b c/€/x"},
		{`try { url.fileURLToPath('http://a') } catch (e) { e.code }`, "ERR_INVALID_URL_SCHEME"},
		{`try { url.fileURLToPath('file://h/a') } catch (e) { e.code }`, "ERR_INVALID_FILE_URL_HOST"},
		{`try { url.fileURLToPath('file:///a%2Fb') } catch (e) { e.code }`, "ERR_INVALID_FILE_URL_PATH"},
		{`try { url.fileURLToPath(1) } catch (e) { e.message }`, `The "path" argument must be of type string or an instance of URL. Received type number (1)`},
		{`url.pathToFileURL('/a b/%#?\\').href + ' ' + url.pathToFileURL('/d/').href`, "file:///a%20b/%25%23%3F%5C file:///d/"},
		{`url.pathToFileURL('/x') instanceof URL`, "true"},
		{`[url.domainToASCII('München.DE'), url.domainToASCII('a b'), url.domainToASCII('0x7f.1'), url.domainToUnicode('xn--fa-hia.de')].join()`, "xn--mnchen-3ya.de,,127.0.0.1,faß.de"},
		{`JSON.stringify(url.urlToHttpOptions(new URL('https://a%20b:p@[::1]:81/x?y#z')))`, `{"protocol":"https:","hostname":"::1","hash":"#z","search":"?y","pathname":"/x","path":"/x?y","href":"https://a%20b:p@[::1]:81/x?y#z","port":81,"auth":"a b:p"}`},
	})
}

func TestQuerystring(t *testing.T) {
	runCases(t, []struct{ js, want string }{
		{`JSON.stringify(qs.parse('a=1&b=2&a=3&c&=e&d=x+y%20z&&'))`, `{"a":["1","3"],"b":"2","c":"","":"e","d":"x y z"}`},
		{`Object.getPrototypeOf(qs.parse('a=1')) === null`, "true"},
		{`JSON.stringify(qs.parse('a:1;b:2;c:3', ';', ':', {maxKeys: 2}))`, `{"a":"1","b":"2"}`},
		{`JSON.stringify(qs.parse('a=%41', null, null, {decodeURIComponent: s => s + '!'}))`, `{"a!":"%41!"}`},
		{`qs.stringify({a: [1, 'x y'], b: null, c: true, d: NaN, e: 2n, f: {}})`, "a=1&a=x%20y&b=&c=true&d=&e=2&f="},
		{`qs.stringify({a: 1, b: 2}, ';', ':') + qs.stringify('x') + qs.stringify({a: 'b'}, null, null, {encodeURIComponent: s => s.toUpperCase()})`, "a:1;b:2A=B"},
		{`qs.escape("a b&é/?~!*()'") + ' ' + qs.unescape('a+b%20%zz%41%E2%82')`, "a%20b%26%C3%A9%2F%3F~!*()' a+b %zzA\ufffd"},
		{`Array.from(qs.unescapeBuffer('a%20b+c', true)).join()`, "97,32,98,32,99"},
		{`qs.encode === qs.stringify && qs.decode === qs.parse`, "true"},
	})
}
