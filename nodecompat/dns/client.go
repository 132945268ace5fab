package dns

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/netip"
	"syscall"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// The codes c-ares reports, as Node's dns module names them.
const (
	codeNoData      = "ENODATA"
	codeFormErr     = "EFORMERR"
	codeServFail    = "ESERVFAIL"
	codeNotFound    = "ENOTFOUND"
	codeNotImp      = "ENOTIMP"
	codeRefused     = "EREFUSED"
	codeBadResp     = "EBADRESP"
	codeConnRefused = "ECONNREFUSED"
	codeTimeout     = "ETIMEOUT"
	codeCancelled   = "ECANCELLED"
	codeNoServer    = "UNKNOWN_ARES_ERROR" // what Node 20 reports with no servers set
)

// maxUDPResponse is the largest UDP response read; a larger one is
// truncated by the server and retried over TCP.
const maxUDPResponse = 65535

// client puts questions to DNS servers as c-ares does: each server in turn,
// for the given number of rounds, the timeout doubling each round; a
// truncated answer is asked again over TCP. It is immutable once built and
// is used from the goroutine doing the query.
type client struct {
	servers []netip.AddrPort
	timeout time.Duration
	tries   int
	local4  netip.Addr // source address toward IPv4 servers, if set
	local6  netip.Addr
}

// exchange asks the servers for name's records of type qtype and returns
// the parsed answer, or the c-ares code of the failure.
func (c *client) exchange(ctx context.Context, name string, qtype dnsmessage.Type) (*dnsmessage.Message, string) {
	if len(c.servers) == 0 {
		return nil, codeNoServer
	}
	fqdn := name
	if fqdn == "" || fqdn[len(fqdn)-1] != '.' {
		fqdn += "."
	}
	qname, err := dnsmessage.NewName(fqdn)
	if err != nil {
		return nil, codeBadName
	}
	q := dnsmessage.Question{Name: qname, Type: qtype, Class: dnsmessage.ClassINET}
	last := codeTimeout
	timeout := c.timeout
	for range c.tries {
		for _, server := range c.servers {
			if ctx.Err() != nil {
				return nil, codeCancelled
			}
			msg, code := c.ask(ctx, server, q, timeout)
			switch {
			case code == "":
				return msg, ""
			case msg != nil, code == codeCancelled, code == codeBadName:
				// A server's answer is final whatever its response code:
				// Node runs c-ares with ARES_FLAG_NOCHECKRESP, so SERVFAIL,
				// REFUSED and NOTIMP do not send the query to the next
				// server.
				return nil, code
			}
			last = code
		}
		timeout *= 2
	}
	return nil, last
}

// codeBadName is c-ares's code for a name that cannot be put in a query.
const codeBadName = "EBADNAME"

// ask puts q to one server over UDP, and again over TCP if the answer was
// truncated. It returns the answer or the code to remember for this server.
func (c *client) ask(ctx context.Context, server netip.AddrPort, q dnsmessage.Question, timeout time.Duration) (*dnsmessage.Message, string) {
	id := uint16(rand.Uint32())
	query, err := buildQuery(id, q)
	if err != nil {
		return nil, codeBadName
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	raw, err := c.roundTrip(ctx, "udp", server, query, func(b []byte) bool { return forQuery(b, id, q) })
	if err != nil {
		return nil, transportCode(ctx, err)
	}
	h, err := peekHeader(raw)
	if err != nil {
		return nil, codeBadResp
	}
	if h.Truncated {
		if raw, err = c.roundTrip(ctx, "tcp", server, query, nil); err != nil {
			return nil, transportCode(ctx, err)
		}
	}
	var msg dnsmessage.Message
	if err := msg.Unpack(raw); err != nil || msg.ID != id || !msg.Response || !sameQuestion(msg.Questions, q) {
		return nil, codeBadResp
	}
	return &msg, rcodeCode(msg.RCode)
}

// buildQuery packs a recursive query for q.
func buildQuery(id uint16, q dnsmessage.Question) ([]byte, error) {
	b := dnsmessage.NewBuilder(make([]byte, 0, 512), dnsmessage.Header{ID: id, RecursionDesired: true})
	if err := b.StartQuestions(); err != nil {
		return nil, err
	}
	if err := b.Question(q); err != nil {
		return nil, err
	}
	return b.Finish()
}

// forQuery reports whether a UDP datagram is the response to the query
// with this id and question. Like c-ares, the client drops one with another
// id or question (stray or spoofed) and keeps waiting; one too broken to
// tell is taken, to fail as EBADRESP.
func forQuery(raw []byte, id uint16, q dnsmessage.Question) bool {
	var p dnsmessage.Parser
	h, err := p.Start(raw)
	if err != nil {
		return true
	}
	if h.ID != id {
		return false
	}
	qs, err := p.AllQuestions()
	return err != nil || sameQuestion(qs, q)
}

// peekHeader reads just the header of a response.
func peekHeader(raw []byte) (dnsmessage.Header, error) {
	var p dnsmessage.Parser
	return p.Start(raw)
}

// sameQuestion reports whether a response echoes the question asked
// (names compared without regard to case).
func sameQuestion(qs []dnsmessage.Question, q dnsmessage.Question) bool {
	return len(qs) == 1 && qs[0].Type == q.Type && qs[0].Class == q.Class &&
		equalFold(qs[0].Name.String(), q.Name.String())
}

// equalFold compares DNS names, ASCII case-insensitively.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// roundTrip sends query to server over network ("udp" or "tcp") and reads
// one response, giving up when ctx ends. Over UDP it skips datagrams that
// accept refuses.
func (c *client) roundTrip(ctx context.Context, network string, server netip.AddrPort, query []byte, accept func([]byte) bool) ([]byte, error) {
	d := net.Dialer{}
	if local := c.localFor(server.Addr()); local.IsValid() {
		if network == "udp" {
			d.LocalAddr = net.UDPAddrFromAddrPort(netip.AddrPortFrom(local, 0))
		} else {
			d.LocalAddr = net.TCPAddrFromAddrPort(netip.AddrPortFrom(local, 0))
		}
	}
	conn, err := d.DialContext(ctx, network, server.String())
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()
	if network == "udp" {
		if _, err := conn.Write(query); err != nil {
			return nil, err
		}
		buf := make([]byte, maxUDPResponse)
		for {
			n, err := conn.Read(buf)
			if err != nil {
				return nil, err
			}
			if accept(buf[:n]) {
				return buf[:n], nil
			}
		}
	}
	framed := binary.BigEndian.AppendUint16(make([]byte, 0, 2+len(query)), uint16(len(query)))
	if _, err := conn.Write(append(framed, query...)); err != nil {
		return nil, err
	}
	var size [2]byte
	if _, err := io.ReadFull(conn, size[:]); err != nil {
		return nil, err
	}
	buf := make([]byte, binary.BigEndian.Uint16(size[:]))
	if _, err := io.ReadFull(conn, buf); err != nil {
		return nil, err
	}
	return buf, nil
}

// localFor returns the source address set for server's family.
func (c *client) localFor(server netip.Addr) netip.Addr {
	if server.Is4() {
		return c.local4
	}
	return c.local6
}

// transportCode names a failure to reach a server.
func transportCode(ctx context.Context, err error) string {
	switch {
	case errors.Is(ctx.Err(), context.Canceled):
		return codeCancelled
	case errors.Is(err, syscall.ECONNREFUSED):
		return codeConnRefused
	case ctx.Err() != nil, errors.Is(err, context.DeadlineExceeded), errors.Is(err, syscall.ETIMEDOUT):
		return codeTimeout
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "EOF"
	}
	return codeConnRefused
}

// rcodeCode maps a response code to c-ares's code; "" for success.
func rcodeCode(rc dnsmessage.RCode) string {
	switch rc {
	case dnsmessage.RCodeSuccess:
		return ""
	case dnsmessage.RCodeFormatError:
		return codeFormErr
	case dnsmessage.RCodeServerFailure:
		return codeServFail
	case dnsmessage.RCodeNameError:
		return codeNotFound
	case dnsmessage.RCodeNotImplemented:
		return codeNotImp
	case dnsmessage.RCodeRefused:
		return codeRefused
	}
	return codeBadResp
}
