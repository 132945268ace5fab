package whatwg

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseHref(t *testing.T) {
	const fail = "FAIL"
	// Expected values are what Node 20 gives.
	tests := []struct{ input, base, want string }{
		{"HTTP://EXAMPLE.com:80/a/../b/./c?x=1#frag", "", "http://example.com/b/c?x=1#frag"},
		{"http://user:pa ss@host.com:8080/p a t h?q=a b#h a", "", "http://user:pa%20ss@host.com:8080/p%20a%20t%20h?q=a%20b#h%20a"},
		{`http://example.com\foo\bar`, "", "http://example.com/foo/bar"},
		{"http://0x7f.1/", "", "http://127.0.0.1/"},
		{"http://192.168.257", "", "http://192.168.1.1/"},
		{"http://999999999.", "", "http://59.154.201.255/"},
		{"http://[0:0:0:0:0:ffff:1.2.3.4]/", "", "http://[::ffff:102:304]/"},
		{"http://[1:0:0:2:0:0:0:3]/", "", "http://[1:0:0:2::3]/"},
		{"file:///C:/x/../y", "", "file:///C:/y"},
		{"file://localhost/etc", "", "file:///etc"},
		{`file:c:\a\b`, "", "file:///c:/a/b"},
		{"..", "file:///C:/", "file:///C:/"},
		{"mailto:someone@example.com", "", "mailto:someone@example.com"},
		{"javascript:alert(1) #x", "", "javascript:alert(1) #x"},
		{"../up", "http://base.com/a/b/c", "http://base.com/a/up"},
		{"//other.org/p", "https://base.com/", "https://other.org/p"},
		{"#i", "sc:sd/sd", "sc:sd/sd#i"},
		{"path", "non-spec:/..//p", "non-spec:/.//path"},
		{"http://münchen.de/", "", "http://xn--mnchen-3ya.de/"},
		{"sc://faß.ExAmPlE/", "", "sc://fa%C3%9F.ExAmPlE/"},
		{"http://GOO\u200b\u2060\ufeffgoo.com", "", "http://googoo.com/"},
		{"http://f:00000000000000000000080/c", "", "http://f/c"},
		{"h\tt\nt\rp://h\to\ns\rt:9\t0\n0\r0/p", "", "http://host:9000/p"},
		{"http://host/?'", "", "http://host/?%27"},
		{"notspecial://host/?'", "", "notspecial://host/?'"},
		{"http://1.2.3.4.5", "", fail},
		{"http://1.2.3.08", "", fail},
		{"http://10000000000", "", fail},
		{"http://[::1.2.3.]", "", fail},
		{"http://[1::2]:3:4", "", fail},
		{"http://a b/", "", fail},
		{"http://a%b/", "", fail},
		{"http://xn--a.com", "", fail},
		{"http://user:pass@/", "", fail},
		{"http://f:999999/c", "", fail},
		{"sc://a^b", "", fail},
		{"i", "sc:sd", fail},
		{"not a url", "", fail},
	}
	for _, tc := range tests {
		var base *URL
		if tc.base != "" {
			var err error
			base, err = Parse(tc.base, nil)
			require.NoError(t, err, tc.base)
		}
		u, err := Parse(tc.input, base)
		if tc.want == fail {
			assert.ErrorIs(t, err, ErrInvalid, "%q", tc.input)
			continue
		}
		if assert.NoError(t, err, "%q", tc.input) {
			assert.Equal(t, tc.want, u.Href(), "%q", tc.input)
		}
	}
}

func TestComponents(t *testing.T) {
	u, err := Parse("https://u:p@[::1]:8443/a/b?x=1#h", nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"https:", "u", "p", "[::1]:8443", "[::1]", "8443", "/a/b", "?x=1", "#h", "https://[::1]:8443"},
		[]string{u.Protocol(), u.Username, u.Password, u.HostPort(), u.Host, u.PortString(), u.Pathname(), u.Search(), u.Hash(), u.Origin()})

	blob, err := Parse("blob:https://a.com:443/x", nil)
	require.NoError(t, err)
	assert.Equal(t, "https://a.com", blob.Origin())
	opaque, err := Parse("data:text/plain,hi?#", nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"null", "text/plain,hi", "", ""}, []string{opaque.Origin(), opaque.Pathname(), opaque.Search(), opaque.Hash()})
	assert.True(t, opaque.HasQuery && opaque.HasFrag, "empty query and fragment are kept")
}

func TestSetters(t *testing.T) {
	const start = "http://user:pw@example.com:8080/p?q#h"
	tests := []struct {
		set  func(*URL)
		want string
	}{
		{func(u *URL) { u.SetProtocol("https") }, "https://user:pw@example.com:8080/p?q#h"},
		{func(u *URL) { u.SetProtocol("mailto") }, start},
		{func(u *URL) { u.SetPort("80") }, "http://user:pw@example.com/p?q#h"},
		{func(u *URL) { u.SetPort("81abc") }, "http://user:pw@example.com:81/p?q#h"},
		{func(u *URL) { u.SetPort("abc") }, start},
		{func(u *URL) { u.SetPort("") }, "http://user:pw@example.com/p?q#h"},
		{func(u *URL) { u.SetHost("x.com:abc") }, "http://user:pw@x.com:8080/p?q#h"},
		{func(u *URL) { u.SetHostname("y.com:1") }, start},
		{func(u *URL) { u.SetHostname("Y.com/zz") }, "http://user:pw@y.com:8080/p?q#h"},
		{func(u *URL) { u.SetUsername("a b@") }, "http://a%20b%40:pw@example.com:8080/p?q#h"},
		{func(u *URL) { u.SetPassword("") }, "http://user@example.com:8080/p?q#h"},
		{func(u *URL) { u.SetPathname("a b/../c") }, "http://user:pw@example.com:8080/c?q#h"},
		{func(u *URL) { u.SetSearch("?x y#") }, "http://user:pw@example.com:8080/p?x%20y%23#h"},
		{func(u *URL) { u.SetSearch("") }, "http://user:pw@example.com:8080/p#h"},
		{func(u *URL) { u.SetHash("#a`b") }, "http://user:pw@example.com:8080/p?q#a%60b"},
		{func(u *URL) { assert.Error(t, u.SetHref("nope")) }, start},
	}
	for i, tc := range tests {
		u, err := Parse(start, nil)
		require.NoError(t, err)
		tc.set(u)
		assert.Equal(t, tc.want, u.Href(), "case %d", i)
	}

	opaque, err := Parse("sc:x  #f", nil)
	require.NoError(t, err)
	opaque.SetHost("h")
	opaque.SetPathname("/p")
	opaque.SetHash("")
	assert.Equal(t, "sc:x", opaque.Href(), "an opaque path ignores host and path, and loses trailing spaces")

	file, err := Parse("file:///a", nil)
	require.NoError(t, err)
	file.SetHost("localhost")
	assert.Equal(t, "file:///a", file.Href())
	file.SetPort("8")
	file.SetUsername("u")
	assert.Equal(t, "file:///a", file.Href(), "file URLs have no port or credentials")
}

func TestHosts(t *testing.T) {
	tests := []struct {
		in     string
		opaque bool
		want   string
	}{
		{"EXAMPLE.com", false, "example.com"},
		{"0300.0250.0.1", false, "192.168.0.1"},
		{"0x", false, "0.0.0.0"},
		{"4294967295", false, "255.255.255.255"},
		{"[::]", false, "[::]"},
		{"[1:2::ffff:1.2.3.4]", false, "[1:2::ffff:102:304]"},
		{"[0:1:0:1:0:1:0:1]", false, "[0:1:0:1:0:1:0:1]"},
		{"%30%78%63%30%2e%30%32%35%30.01", false, "192.168.0.1"},
		{"ab%41", true, "ab%41"},
		{"a\x01b", true, "a%01b"},
	}
	for _, tc := range tests {
		got, err := ParseHost(tc.in, tc.opaque)
		if assert.NoError(t, err, tc.in) {
			assert.Equal(t, tc.want, got, tc.in)
		}
	}
	for _, bad := range []string{"", "a b", "4294967296", "1.2.3.256", "[::1", "[1::2::3]", "[::1.2.3.04]", "%ef%b7%90zyx.com"} {
		_, err := ParseHost(bad, false)
		assert.Error(t, err, bad)
	}
	assert.Equal(t, "münchen.de", DomainToUnicode("xn--mnchen-3ya.de"))
	assert.Empty(t, DomainToUnicode("a b"))
}

func TestForm(t *testing.T) {
	pairs := ParseForm("a=1&&b=x+y%20z&c&=v&d=%zz&e=%FF%FE")
	assert.Equal(t, []Pair{{"a", "1"}, {"b", "x y z"}, {"c", ""}, {"", "v"}, {"d", "%zz"}, {"e", "\ufffd\ufffd"}}, pairs)
	assert.Equal(t, "a=1&b=x+y+z&c=&=v&d=%25zz&e=%EF%BF%BD%EF%BF%BD", SerializeForm(pairs))
	assert.Equal(t, "k=%7E*-._%21%27%28%29%C3%A9", SerializeForm([]Pair{{"k", "~*-._!'()é"}}))
}

func TestPercentEncode(t *testing.T) {
	in := " \"#<>?`{}/:;=@[\\]^|$%&+,!'()~\x7f\u00e9"
	assert.Equal(t, "%20%22%23%3C%3E?`{}/:;=@[\\]^|$%&+,!'()~%7F%C3%A9", PercentEncode(in, &QuerySet))
	assert.Equal(t, "%20%22%23%3C%3E%3F%60%7B%7D/:;=@[\\]^|$%&+,!'()~%7F%C3%A9", PercentEncode(in, &PathSet))
	assert.Equal(t, "%20%22%23%3C%3E%3F%60%7B%7D%2F%3A%3B%3D%40%5B%5C%5D%5E%7C$%&+,!'()~%7F%C3%A9", PercentEncode(in, &UserinfoSet))
	assert.Equal(t, "%20%22#%3C%3E?%60{}/:;=@[\\]^|$%&+,!'()~%7F%C3%A9", PercentEncode(in, &FragmentSet))
	assert.Equal(t, "plain", PercentEncode("plain", &ComponentSet))
	assert.Equal(t, []byte("a\x00%zz%4"), PercentDecode("a%00%zz%4"))
}
