package dns

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"testing"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

func TestErrorCodes(t *testing.T) {
	cases := []struct {
		name  string
		err   error
		code  string
		errno int
	}{
		{"no such host", &net.DNSError{Err: "no such host", Name: "x.invalid", IsNotFound: true}, "ENOTFOUND", -3008},
		{"timeout", &net.DNSError{Err: "i/o timeout", Name: "x.invalid", IsTimeout: true}, "EAI_AGAIN", -3001},
		{"temporary", &net.DNSError{Err: "server misbehaving", Name: "x.invalid", IsTemporary: true}, "EAI_AGAIN", -3001},
		{"deadline", context.DeadlineExceeded, "EAI_AGAIN", -3001},
		{"other", errors.New("broken"), "EAI_FAIL", -3002},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := Error("x.invalid", tc.err)
			assert.Equal(t, tc.code, e.Code)
			assert.Equal(t, tc.errno, e.Errno)
			assert.Equal(t, "getaddrinfo", e.Syscall)
			assert.Equal(t, "x.invalid", e.Hostname)
			assert.Equal(t, "getaddrinfo "+tc.code+" x.invalid", e.Error())
			assert.ErrorIs(t, e, tc.err)
		})
	}
	same := &sockerr.Error{Code: "ECANCELED"}
	assert.Same(t, same, Error("x", same))
}

func lookup(t *testing.T, r Resolver, host string, family int) ([]netip.Addr, error) {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	defer l.Close()
	var addrs []netip.Addr
	calls := 0
	Lookup(l, r, host, family, func(a []netip.Addr, e error) {
		calls++
		addrs, err = a, e
	})
	require.NoError(t, l.Run())
	require.Equal(t, 1, calls)
	return addrs, err
}

func fixed(addrs ...string) Resolver {
	return func(context.Context, string, int) ([]netip.Addr, error) {
		var out []netip.Addr
		for _, a := range addrs {
			out = append(out, netip.MustParseAddr(a))
		}
		return out, nil
	}
}

func TestLookup(t *testing.T) {
	cases := []struct {
		name   string
		r      Resolver
		host   string
		family int
		want   []string
		code   string
	}{
		{"IP literal needs no resolver", fixed(), "::1", 0, []string{"::1"}, ""},
		{"hosts file", nil, "localhost", 4, []string{"127.0.0.1"}, ""},
		{"both families", fixed("::1", "127.0.0.1"), "h", 0, []string{"::1", "127.0.0.1"}, ""},
		{"IPv4 only", fixed("::1", "127.0.0.1"), "h", 4, []string{"127.0.0.1"}, ""},
		{"IPv6 only", fixed("::1", "127.0.0.1"), "h", 6, []string{"::1"}, ""},
		{"nothing of that family", fixed("127.0.0.1"), "h", 6, nil, "ENOTFOUND"},
		{"empty answer", fixed(), "h", 0, nil, "ENOTFOUND"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			addrs, err := lookup(t, tc.r, tc.host, tc.family)
			if tc.code != "" {
				var se *sockerr.Error
				require.ErrorAs(t, err, &se)
				assert.Equal(t, tc.code, se.Code)
				assert.Equal(t, tc.host, se.Hostname)
				return
			}
			require.NoError(t, err)
			var got []string
			for _, a := range addrs {
				got = append(got, a.String())
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestCancelledLookupNeverCallsBack(t *testing.T) {
	l, err := loop.New()
	require.NoError(t, err)
	defer l.Close()
	started := make(chan struct{})
	slow := func(ctx context.Context, _ string, _ int) ([]netip.Addr, error) {
		close(started)
		<-ctx.Done()
		return nil, ctx.Err()
	}
	cancel := Lookup(l, slow, "h", 0, func([]netip.Addr, error) { t.Error("called back after cancel") })
	l.NewImmediate(func() {
		<-started
		cancel()
	})
	require.NoError(t, l.Run())
}
