package udp_test

import (
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/nodeshim/nodeshim/core/udp"
)

func TestParseInterfaceReadsTheFacadesSpellings(t *testing.T) {
	cases := []struct {
		in   string
		want udp.Interface
	}{
		{"", udp.Interface{}},
		{"0.0.0.0", udp.Interface{}},
		{"::", udp.Interface{}},
		{"10.0.0.1", udp.Interface{Addr: netip.MustParseAddr("10.0.0.1")}},
		{"::%eth0", udp.Interface{Name: "eth0"}},
		{"::%3", udp.Interface{Index: 3}},
		{"fe80::1%eth1", udp.Interface{Name: "eth1", Addr: netip.MustParseAddr("fe80::1")}},
		{"eth0", udp.Interface{Name: "eth0"}},
	}
	for _, tc := range cases {
		got := udp.ParseInterface(tc.in)
		assert.Equal(t, tc.want, got, "ParseInterface(%q)", tc.in)
		assert.Equal(t, tc.want == udp.Interface{}, got.IsZero(), "IsZero for %q", tc.in)
	}
}
