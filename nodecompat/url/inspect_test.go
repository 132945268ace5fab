package url

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/nodecompat/util"
)

func TestInspectLikeNode(t *testing.T) {
	vm := newVM(t)
	module := vm.NewObject()
	require.NoError(t, module.Set("exports", vm.NewObject()))
	util.Require(vm, module)
	require.NoError(t, vm.Set("util", module.Get("exports")))
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
		v, err := vm.RunString(tc.js)
		require.NoError(t, err, tc.js)
		assert.Equal(t, tc.want, v.String(), tc.js)
	}
}
