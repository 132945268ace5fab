package w3c

import (
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPeerHostForms(t *testing.T) {
	cases := []struct {
		in    string
		valid bool
		bare  string
	}{
		{"mail.example.org", true, "mail.example.org"},
		{"mail.example.org.", true, "mail.example.org."},
		{"_srv.example", true, "_srv.example"},
		{"127.0.0.1", true, "127.0.0.1"},
		{"::1", true, "::1"},
		{"[::1]", true, "::1"},
		{"fe80::1%lo", true, "fe80::1%lo"},
		{"bücher.example", true, "xn--bcher-kva.example"},
		{"MÜNCHEN.de", true, "xn--mnchen-3ya.de"},
		{"", false, ""},
		{"exa mple.org", false, "exa mple.org"},
		{"bü cher.example", false, "bü cher.example"},
		{"host..name", false, "host..name"},
		{"[::1", false, "[::1"},
		{"example.org:25", false, "example.org:25"},
	}
	for _, c := range cases {
		assert.Equal(t, c.valid, validHost(c.in), "validHost(%q)", c.in)
		assert.Equal(t, c.bare, bareHost(c.in), "bareHost(%q)", c.in)
	}
}

func TestHostPortBracketsIPv6(t *testing.T) {
	assert.Equal(t, "mail.example.org:993", hostPort("mail.example.org", 993))
	assert.Equal(t, "[::1]:8080", hostPort("::1", 8080))
	assert.Equal(t, "[::1]:8080", hostPort("[::1]", 8080))
	assert.Equal(t, "bücher.example:80", hostPort("bücher.example", 80))
}

func TestEndpointURLPrefersTheGivenName(t *testing.T) {
	ap := netip.MustParseAddrPort("127.0.0.1:1234")
	assert.Equal(t, "127.0.0.1:1234", endpoint{ap: ap}.url())
	assert.Equal(t, "localhost:1234", endpoint{ap: ap, name: "localhost"}.url())
	assert.Equal(t, "127.0.0.1", endpoint{ap: ap, name: "localhost"}.address())
	assert.Equal(t, "", endpoint{name: "localhost"}.url(), "unknown end")
	mapped := netip.MustParseAddrPort("[::ffff:10.0.0.1]:80")
	assert.Equal(t, "10.0.0.1:80", endpoint{ap: mapped}.url())
	assert.Equal(t, 4, endpoint{ap: mapped}.ipVersion())
}
