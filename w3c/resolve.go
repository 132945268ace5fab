package w3c

import (
	"context"
	"errors"
	"net"
	"net/netip"

	"github.com/nodeshim/nodeshim/core/dns"
)

// resolveHost resolves names for TCPSocket and UDPSocket as the Node façade
// does: Go's resolver, with a name that has no address of the family asked
// for (ipVersion 6 for an IPv4-only name) taken as no address at all, which
// core/dns reports as ENOTFOUND, getaddrinfo's answer, rather than EAI_FAIL.
// The contract wants both façades to give one failure the same code.
func resolveHost(ctx context.Context, host string, family int) ([]netip.Addr, error) {
	addrs, err := dns.GoResolver(ctx, host, family)
	var addrErr *net.AddrError
	if errors.As(err, &addrErr) {
		return nil, nil
	}
	return addrs, err
}
