// Package dns resolves host names for the socket core without blocking the
// loop: the lookup runs on a goroutine of its own, through Go's resolver or
// one the caller supplies, and its result is posted back to the loop.
// Failures carry Node's getaddrinfo codes (ENOTFOUND, EAI_AGAIN, EAI_FAIL).
package dns

import (
	"context"
	"errors"
	"net"
	"net/netip"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
)

// Resolver resolves host to addresses of the given family (4, 6, or 0 for
// both). It runs on a goroutine of its own and may block; it should return
// promptly once ctx is cancelled.
type Resolver func(ctx context.Context, host string, family int) ([]netip.Addr, error)

// GoResolver resolves through Go's net.DefaultResolver (the hosts file, then
// DNS), returning addresses in the resolver's order and IPv4 addresses in
// their 4-byte form. A name with no address of the family asked for (an
// IPv6 lookup of an IPv4-only name) is an empty answer, which Lookup reports
// as ENOTFOUND, as getaddrinfo does, rather than Go's "no suitable address".
func GoResolver(ctx context.Context, host string, family int) ([]netip.Addr, error) {
	network := "ip"
	switch family {
	case 4:
		network = "ip4"
	case 6:
		network = "ip6"
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, network, host)
	var addrErr *net.AddrError
	if errors.As(err, &addrErr) {
		return nil, nil
	}
	for i, a := range addrs {
		addrs[i] = a.Unmap()
	}
	return addrs, err
}

// Lookup resolves host on a goroutine with r (GoResolver when nil) and calls
// cb on the loop with at least one address or an *sockerr.Error. An IP
// literal is answered without a goroutine, but still from a later loop task.
// The lookup keeps the loop alive until cb has run. Calling the returned
// cancel function on the loop before then means cb is never called.
func Lookup(l *loop.Loop, r Resolver, host string, family int, cb func([]netip.Addr, error)) (cancel func()) {
	if r == nil {
		r = GoResolver
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		// An address literal needs no resolver, only the asynchronous
		// delivery every lookup has.
		cancelled := false
		l.Post(func() {
			if !cancelled {
				cb([]netip.Addr{ip}, nil)
			}
		})
		return func() { cancelled = true }
	}
	ctx, stop := context.WithCancel(context.Background())
	cancelled := false
	deliver := func(addrs []netip.Addr, err error) {
		if cancelled {
			return
		}
		stop()
		cb(addrs, err)
	}
	release := l.Hold()
	go func() {
		defer release()
		addrs, err := r(ctx, host, family)
		addrs = filterFamily(addrs, family)
		if err == nil && len(addrs) == 0 {
			err = &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		}
		if err != nil {
			addrs, err = nil, Error(host, err)
		}
		l.Post(func() { deliver(addrs, err) })
	}()
	return func() {
		cancelled = true
		stop()
	}
}

// filterFamily drops addresses of the other family when one was asked for,
// so a Resolver that ignores family cannot hand back the wrong kind.
func filterFamily(addrs []netip.Addr, family int) []netip.Addr {
	if family != 4 && family != 6 {
		return addrs
	}
	kept := addrs[:0]
	for _, a := range addrs {
		if (family == 4) == a.Unmap().Is4() {
			kept = append(kept, a)
		}
	}
	return kept
}

// Node's (libuv's) errno values for getaddrinfo failures.
const (
	errnoEAIAgain  = -3001
	errnoEAIFail   = -3002
	errnoENotFound = -3008
)

// Error turns a resolver failure for host into an *sockerr.Error with
// getaddrinfo's code: ENOTFOUND for a name that does not exist, EAI_AGAIN
// for a timeout or temporary failure, EAI_FAIL otherwise. An *sockerr.Error
// is returned as is.
func Error(host string, err error) *sockerr.Error {
	var se *sockerr.Error
	if errors.As(err, &se) {
		return se
	}
	code, errno := "EAI_FAIL", errnoEAIFail
	var de *net.DNSError
	switch {
	case errors.As(err, &de) && de.IsNotFound:
		code, errno = "ENOTFOUND", errnoENotFound
	case errors.As(err, &de) && (de.IsTimeout || de.IsTemporary),
		errors.Is(err, context.DeadlineExceeded):
		code, errno = "EAI_AGAIN", errnoEAIAgain
	}
	return &sockerr.Error{
		Code:     code,
		Errno:    errno,
		Syscall:  "getaddrinfo",
		Hostname: host,
		Message:  "getaddrinfo " + code + " " + host,
		Err:      err,
	}
}
