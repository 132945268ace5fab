package url

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
	"github.com/nodeshim/nodeshim/nodecompat/util"
)

func TestInspectLikeNode(t *testing.T) {
	vm := newVM(t)
	modtest.Load(t, vm, "util", util.Require)
	tests := []struct{ js, want string }{
		{`util.inspect(new URL('http://a/b?x=1#h'))`, "URL {\n  href: 'http://a/b?x=1#h',\n  origin: 'http://a',\n  protocol: 'http:',\n  username: '',\n  password: '',\n  host: 'a',\n  hostname: 'a',\n  port: '',\n  pathname: '/b',\n  search: '?x=1',\n  searchParams: URLSearchParams { 'x' => '1' },\n  hash: '#h'\n}"},
		{`util.inspect(new URLSearchParams('a=1&b=x y'))`, "URLSearchParams { 'a' => '1', 'b' => 'x y' }"},
		{`util.inspect(new URLSearchParams())`, "URLSearchParams {}"},
		{`const it = new URLSearchParams('a=1&b=2').keys(); it.next(); util.inspect(it)`, "URLSearchParams Iterator { 'b' }"},
		{`util.inspect({a: {b: new URL('http://a')}, c: new URLSearchParams('x=1')}, {depth: 1})`, "{ a: { b: URL {} }, c: URLSearchParams { 'x' => '1' } }"},
		{`util.inspect([new URLSearchParams('x=1'), new URLSearchParams('x=1').keys()], {depth: 0})`, "[ [Object], [Object] ]"},
		{`util.inspect(url.parse('http://a/b'), {breakLength: Infinity})`, "Url { protocol: 'http:', slashes: true, auth: null, host: 'a', port: null, hostname: 'a', hash: null, search: null, query: null, pathname: '/b', path: '/b', href: 'http://a/b' }"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, modtest.Eval(t, vm, tc.js), tc.js)
	}
}
