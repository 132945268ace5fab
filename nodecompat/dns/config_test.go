package dns

import (
	"net/netip"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFile writes a fixture file and returns its path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	return path
}

func TestServerSpellings(t *testing.T) {
	cases := []struct {
		in, out string
		ok      bool
	}{
		{"1.2.3.4", "1.2.3.4", true},
		{"1.2.3.4:53", "1.2.3.4", true},
		{"1.2.3.4:5353", "1.2.3.4:5353", true},
		{"::1", "::1", true},
		{"[::1]:53", "::1", true},
		{"[::1]:5353", "[::1]:5353", true},
		{"fe80::1%eth0", "", false},
		{"1.2.3.4:", "", false},
		{"x", "", false},
		{"", "", false},
	}
	for _, tc := range cases {
		ap, ok := parseServer(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		if ok {
			assert.Equal(t, tc.out, formatServer(ap), tc.in)
		}
	}
}

func TestReadResolvConf(t *testing.T) {
	path := writeFile(t, "resolv.conf", "# comment\nnameserver 10.0.0.1\nnameserver ::1\nnameserver bogus\nsearch example.test\noptions ndots:2 timeout:3 attempts:2\n")
	conf := readResolvConf(path)
	assert.Equal(t, []netip.AddrPort{netip.MustParseAddrPort("10.0.0.1:53"), netip.MustParseAddrPort("[::1]:53")}, conf.servers)
	assert.Equal(t, 3*time.Second, conf.timeout)
	assert.Equal(t, 2, conf.tries)

	empty := readResolvConf(filepath.Join(t.TempDir(), "missing"))
	assert.Equal(t, []netip.AddrPort{netip.MustParseAddrPort("127.0.0.1:53")}, empty.servers, "c-ares falls back to the local host")
	assert.Equal(t, defaultTimeout, empty.timeout)
	assert.Equal(t, defaultTries, empty.tries)
}

func TestHostsAliases(t *testing.T) {
	path := writeFile(t, "hosts", "127.0.0.1 localhost\n127.0.0.1 box box.local # comment\n10.0.0.5 single\n::1 ip6-localhost ip6-loopback\n")
	assert.Equal(t, []string{"box", "box.local"}, hostsAliases(path, netip.MustParseAddr("127.0.0.1")),
		"every name but the first, across lines, as c-ares reports them")
	assert.Equal(t, []string{}, hostsAliases(path, netip.MustParseAddr("10.0.0.5")), "listed, without aliases")
	assert.Equal(t, []string{"ip6-loopback"}, hostsAliases(path, netip.MustParseAddr("::1")))
	assert.Nil(t, hostsAliases(path, netip.MustParseAddr("10.9.9.9")), "not listed: ask DNS")
}

func TestReverseName(t *testing.T) {
	assert.Equal(t, "4.3.2.1.in-addr.arpa", reverseName(netip.MustParseAddr("1.2.3.4")))
	assert.Equal(t, "4.3.2.1.in-addr.arpa", reverseName(netip.MustParseAddr("::ffff:1.2.3.4")))
	assert.Equal(t, "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
		reverseName(netip.MustParseAddr("2001:db8::1")))
}

func TestReadServices(t *testing.T) {
	path := writeFile(t, "services", "ssh\t\t22/tcp\t# SSH\nsyslog\t\t514/udp\nshell\t\t514/tcp\t\tcmd\nhttp 80/tcp www\nwww-alt 80/tcp\n")
	names := readServices(path)
	assert.Equal(t, map[int]string{22: "ssh", 514: "shell", 80: "http"}, names)
	assert.Empty(t, readServices(filepath.Join(t.TempDir(), "missing")))
}

func TestResultOrder(t *testing.T) {
	addrs := func(s ...string) []netip.Addr {
		out := make([]netip.Addr, len(s))
		for i, a := range s {
			out[i] = netip.MustParseAddr(a)
		}
		return out
	}
	mixed := func() []netip.Addr { return addrs("::1", "10.0.0.1", "::2", "10.0.0.2") }
	a := mixed()
	sortByOrder(a, orderVerbatim)
	assert.Equal(t, mixed(), a)
	sortByOrder(a, orderIPv4First)
	assert.Equal(t, addrs("10.0.0.1", "10.0.0.2", "::1", "::2"), a)
	sortByOrder(a, orderIPv6First)
	assert.Equal(t, addrs("::1", "::2", "10.0.0.1", "10.0.0.2"), a)

	assert.Equal(t, addrs("::1"), mapV4(addrs("10.0.0.1", "::1"), false), "IPv6 answers win")
	assert.Equal(t, addrs("::1", "::ffff:10.0.0.1"), mapV4(addrs("10.0.0.1", "::1"), true), "ALL adds the mapped IPv4 ones")
	assert.Equal(t, addrs("::ffff:10.0.0.1"), mapV4(addrs("10.0.0.1"), false), "IPv4 answers stand in, mapped")
}
