package dns

import (
	"context"
	"net/netip"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/dns/dnsmessage"
)

// exampleZone answers example.test's A and MX questions; other names do not
// exist.
func exampleZone(q dnsmessage.Question, _ bool) (dnsmessage.RCode, []dnsmessage.Resource, bool) {
	if q.Name.String() != "example.test." {
		return dnsmessage.RCodeNameError, nil, false
	}
	switch q.Type {
	case dnsmessage.TypeA:
		return dnsmessage.RCodeSuccess, []dnsmessage.Resource{
			rr("example.test.", 300, &dnsmessage.AResource{A: [4]byte{192, 0, 2, 1}}),
			rr("example.test.", 60, &dnsmessage.AResource{A: [4]byte{192, 0, 2, 2}}),
		}, false
	case dnsmessage.TypeMX:
		return dnsmessage.RCodeSuccess, []dnsmessage.Resource{
			rr("example.test.", 300, &dnsmessage.MXResource{Pref: 10, MX: dnsmessage.MustNewName("mail.example.test.")}),
		}, false
	}
	return dnsmessage.RCodeSuccess, nil, false
}

func testClient(servers ...netip.AddrPort) *client {
	return &client{servers: servers, timeout: 300 * time.Millisecond, tries: 1}
}

func TestExchangeAnswers(t *testing.T) {
	srv := newFakeServer(t, exampleZone)
	msg, code := testClient(srv.addr).exchange(context.Background(), "example.test", dnsmessage.TypeA)
	require.Empty(t, code)
	recs := answers(msg, dnsmessage.TypeA)
	require.Len(t, recs, 2)
	assert.Equal(t, "192.0.2.1", recs[0].addr.String())
	assert.Equal(t, uint32(300), recs[0].ttl)
	assert.Equal(t, uint32(60), recs[1].ttl)

	msg, code = testClient(srv.addr).exchange(context.Background(), "example.test.", dnsmessage.TypeMX)
	require.Empty(t, code)
	mx := answers(msg, dnsmessage.TypeMX)
	require.Len(t, mx, 1)
	assert.Equal(t, "mail.example.test", mx[0].name, "names lose the final dot")
	assert.Equal(t, uint16(10), mx[0].priority)
	assert.Equal(t, []string{"udp A example.test.", "udp MX example.test."}, srv.seen())
}

func TestExchangeCodes(t *testing.T) {
	cases := []struct {
		rcode dnsmessage.RCode
		want  string
	}{
		{dnsmessage.RCodeNameError, codeNotFound},
		{dnsmessage.RCodeServerFailure, codeServFail},
		{dnsmessage.RCodeRefused, codeRefused},
		{dnsmessage.RCodeNotImplemented, codeNotImp},
		{dnsmessage.RCodeFormatError, codeFormErr},
		{badID, codeTimeout}, // ignored, as c-ares ignores a reply with another id
		{silent, codeTimeout},
	}
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			srv := newFakeServer(t, func(dnsmessage.Question, bool) (dnsmessage.RCode, []dnsmessage.Resource, bool) {
				return tc.rcode, nil, false
			})
			_, code := testClient(srv.addr).exchange(context.Background(), "x.test", dnsmessage.TypeA)
			assert.Equal(t, tc.want, code)
		})
	}
}

func TestExchangeRetriesTruncatedAnswersOverTCP(t *testing.T) {
	srv := newFakeServer(t, func(q dnsmessage.Question, tcp bool) (dnsmessage.RCode, []dnsmessage.Resource, bool) {
		if !tcp {
			return dnsmessage.RCodeSuccess, nil, true
		}
		return dnsmessage.RCodeSuccess, []dnsmessage.Resource{
			rr(q.Name.String(), 5, &dnsmessage.TXTResource{TXT: []string{"only over tcp"}}),
		}, false
	})
	msg, code := testClient(srv.addr).exchange(context.Background(), "big.test", dnsmessage.TypeTXT)
	require.Empty(t, code)
	txt := answers(msg, dnsmessage.TypeTXT)
	require.Len(t, txt, 1)
	assert.Equal(t, []string{"only over tcp"}, txt[0].txt)
	assert.Equal(t, []string{"udp TXT big.test.", "tcp TXT big.test."}, srv.seen())
}

func TestExchangeTriesTheNextServer(t *testing.T) {
	silentServer := newFakeServer(t, func(dnsmessage.Question, bool) (dnsmessage.RCode, []dnsmessage.Resource, bool) {
		return silent, nil, false
	})
	good := newFakeServer(t, exampleZone)
	msg, code := testClient(silentServer.addr, good.addr).exchange(context.Background(), "example.test", dnsmessage.TypeA)
	require.Empty(t, code)
	assert.Len(t, answers(msg, dnsmessage.TypeA), 2)

	// Every answer is final, failures included (Node's c-ares flags): the
	// next server is not asked.
	for _, rcode := range []dnsmessage.RCode{dnsmessage.RCodeNameError, dnsmessage.RCodeServerFailure, dnsmessage.RCodeRefused} {
		first := newFakeServer(t, func(dnsmessage.Question, bool) (dnsmessage.RCode, []dnsmessage.Resource, bool) {
			return rcode, nil, false
		})
		second := newFakeServer(t, exampleZone)
		_, code = testClient(first.addr, second.addr).exchange(context.Background(), "example.test", dnsmessage.TypeA)
		assert.Equal(t, rcodeCode(rcode), code)
		assert.Empty(t, second.seen(), rcode.String())
	}
}

func TestExchangeRounds(t *testing.T) {
	srv := newFakeServer(t, func(dnsmessage.Question, bool) (dnsmessage.RCode, []dnsmessage.Resource, bool) {
		return silent, nil, false
	})
	c := &client{servers: []netip.AddrPort{srv.addr}, timeout: 50 * time.Millisecond, tries: 3}
	start := time.Now()
	_, code := c.exchange(context.Background(), "slow.test", dnsmessage.TypeA)
	assert.Equal(t, codeTimeout, code)
	assert.Len(t, srv.seen(), 3)
	assert.GreaterOrEqual(t, time.Since(start), 350*time.Millisecond, "the timeout doubles each round: 50+100+200 ms")
}

func TestExchangeTransportFailures(t *testing.T) {
	closedPort := netip.MustParseAddrPort("127.0.0.1:1")
	_, code := testClient(closedPort).exchange(context.Background(), "x.test", dnsmessage.TypeA)
	assert.Equal(t, codeConnRefused, code)

	_, code = testClient().exchange(context.Background(), "x.test", dnsmessage.TypeA)
	assert.Equal(t, codeNoServer, code)

	srv := newFakeServer(t, func(dnsmessage.Question, bool) (dnsmessage.RCode, []dnsmessage.Resource, bool) {
		return silent, nil, false
	})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	start := time.Now()
	_, code = (&client{servers: []netip.AddrPort{srv.addr}, timeout: 5 * time.Second, tries: 4}).exchange(ctx, "x.test", dnsmessage.TypeA)
	assert.Equal(t, codeCancelled, code)
	assert.Less(t, time.Since(start), 2*time.Second, "cancelling ends the wait")

	_, code = testClient(srv.addr).exchange(context.Background(), "bad..name", dnsmessage.TypeA)
	assert.Equal(t, codeBadName, code)
}

func TestRecordParsers(t *testing.T) {
	n, name, ok := parseNAPTR([]byte("\x00\x64\x00\x0a\x01S\x07SIP+D2U\x00\x04_sip\x04_udp\x07example\x04test\x00"))
	require.True(t, ok)
	assert.Equal(t, naptr{order: 100, preference: 10, flags: "S", service: "SIP+D2U"}, *n)
	assert.Equal(t, "_sip._udp.example.test", name)
	_, _, ok = parseNAPTR([]byte("\x00\x64\x00\x0a\x05S"))
	assert.False(t, ok, "a truncated string")

	c, ok := parseCAA([]byte("\x80\x05issueca.example.net"))
	require.True(t, ok)
	assert.Equal(t, caa{flags: 128, tag: "issue", value: "ca.example.net"}, *c)
	_, ok = parseCAA([]byte("\x00\x09iss"))
	assert.False(t, ok)
}
