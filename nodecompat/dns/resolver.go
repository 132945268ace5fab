package dns

import (
	"context"
	"net/netip"
	"slices"
	"time"

	"golang.org/x/net/dns/dnsmessage"

	"github.com/nodeshim/nodeshim/internal/host"
)

// resolver is the Go side of a Resolver object (and of the default resolver
// behind dns.resolve*): its settings, and the context its queries run in,
// which cancel ends.
type resolver struct {
	c      client
	ctx    context.Context
	cancel context.CancelFunc
}

// newResolver creates a resolver with the system's configuration.
func newResolver(conf resolvConf) *resolver {
	r := &resolver{c: client{servers: slices.Clone(conf.servers), timeout: conf.timeout, tries: conf.tries}}
	r.ctx, r.cancel = context.WithCancel(context.Background())
	return r
}

// setTimeout sets the first attempt's timeout in milliseconds; -1 keeps
// the system's.
func (r *resolver) setTimeout(ms int) {
	if ms >= 0 {
		r.c.timeout = time.Duration(ms) * time.Millisecond
	}
}

// cancelAll makes every outstanding query fail with ECANCELLED: those
// still running stop, and those whose outcome is already on its way to the
// loop (an answer, an ICMP refusal) report ECANCELLED instead, see
// cancelled.
func (r *resolver) cancelAll() {
	r.cancel()
	r.ctx, r.cancel = context.WithCancel(context.Background())
}

// cancelled reports, on the loop, whether cancel() ran after the query of
// ctx started: its outcome, whatever it was, is then ECANCELLED, as for
// every query outstanding when cancel() is called.
func cancelled(ctx context.Context) bool {
	return ctx.Err() != nil
}

// query asks for name's records of type qtype on a goroutine that keeps the
// loop alive, and calls done on the loop with the answer or c-ares's code.
func (r *resolver) query(h *host.Host, name string, qtype dnsmessage.Type, done func(*dnsmessage.Message, string)) {
	c, ctx := r.c, r.ctx
	l := h.Loop()
	release := l.Hold()
	go func() {
		msg, code := c.exchange(ctx, name, qtype)
		l.Post(func() {
			if cancelled(ctx) {
				msg, code = nil, codeCancelled
			}
			done(msg, code)
		})
		release()
	}()
}

// reverse finds the names of ip as c-ares does: the hosts file first (where
// Node reports the aliases, not the first name), then a PTR query. done gets
// the names or c-ares's code.
func (r *resolver) reverse(h *host.Host, ip netip.Addr, done func([]string, string)) {
	c, ctx := r.c, r.ctx
	l := h.Loop()
	release := l.Hold()
	go func() {
		names, code := hostsAliases(hostsPath, ip), ""
		if names == nil {
			var msg *dnsmessage.Message
			msg, code = c.exchange(ctx, reverseName(ip), dnsmessage.TypePTR)
			if code == "" {
				for _, rec := range answers(msg, dnsmessage.TypePTR) {
					names = append(names, rec.name)
				}
				if len(names) == 0 {
					code = codeNoData
				}
			}
		}
		l.Post(func() {
			if cancelled(ctx) {
				names, code = nil, codeCancelled
			}
			done(names, code)
		})
		release()
	}()
}
