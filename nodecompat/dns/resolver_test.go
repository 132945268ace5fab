package dns

import (
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/dns/dnsmessage"
)

// fullZone answers example.test with several record types, and the PTR
// of 192.0.2.1.
func fullZone(q dnsmessage.Question, _ bool) (dnsmessage.RCode, []dnsmessage.Resource, bool) {
	name := q.Name.String()
	all := map[string][]dnsmessage.Resource{
		"example.test.": {
			rr(name, 300, &dnsmessage.AResource{A: [4]byte{192, 0, 2, 1}}),
			rr(name, 30, &dnsmessage.AAAAResource{AAAA: [16]byte{0x20, 0x01, 0x0d, 0xb8, 15: 1}}),
			rr(name, 300, &dnsmessage.MXResource{Pref: 5, MX: dnsmessage.MustNewName("mx.example.test.")}),
			rr(name, 300, &dnsmessage.SRVResource{Priority: 1, Weight: 2, Port: 3, Target: dnsmessage.MustNewName("srv.example.test.")}),
			rr(name, 300, &dnsmessage.TXTResource{TXT: []string{"a", "b"}}),
		},
		"1.2.0.192.in-addr.arpa.": {
			rr(name, 300, &dnsmessage.PTRResource{PTR: dnsmessage.MustNewName("host.example.test.")}),
		},
	}[name]
	if all == nil {
		return dnsmessage.RCodeNameError, nil, false
	}
	var out []dnsmessage.Resource
	for _, r := range all {
		if q.Type == dnsmessage.TypeALL || r.Header.Type == q.Type {
			out = append(out, r)
		}
	}
	return dnsmessage.RCodeSuccess, out, false
}

func TestResolverAgainstAServer(t *testing.T) {
	srv := newFakeServer(t, fullZone)
	e := newEnv(t)
	require.NoError(t, e.VM.Set("server", srv.addr.String()))
	out := e.Run(`
		const r = new dns.Resolver({ timeout: 500, tries: 1 });
		r.setServers([server]);
		const p = new dnsPromises.Resolver();
		p.setServers(r.getServers());
		const show = (label) => (err, v) => out(label, err ? err.code + ' ' + err.message : JSON.stringify(v));
		r.resolve4('example.test', { ttl: true }, show('A ttl'));
		r.resolve6('example.test', show('AAAA'));
		r.resolveMx('example.test', show('MX'));
		r.resolveSrv('example.test', show('SRV'));
		r.resolveTxt('example.test', show('TXT'));
		r.resolveNs('example.test', show('NS'));
		r.resolveCname('nx.test', show('CNAME'));
		r.reverse('192.0.2.1', show('reverse'));
		r.resolve('example.test', 'ANY', show('ANY'));
		p.resolveMx('example.test').then((v) => out('promise MX', JSON.stringify(v)));
		p.resolve4('nx.test').catch((e) => out('promise A', e.code, e.syscall, e.hostname));
	`)
	assert.ElementsMatch(t, []string{
		`A ttl [{"address":"192.0.2.1","ttl":300}]`,
		`AAAA ["2001:db8::1"]`,
		`MX [{"exchange":"mx.example.test","priority":5}]`,
		`SRV [{"name":"srv.example.test","port":3,"priority":1,"weight":2}]`,
		`TXT [["a","b"]]`,
		`NS ENODATA queryNs ENODATA example.test`,
		`CNAME ENOTFOUND queryCname ENOTFOUND nx.test`,
		`reverse ["host.example.test"]`,
		`ANY [{"address":"192.0.2.1","ttl":300,"type":"A"},{"address":"2001:db8::1","ttl":30,"type":"AAAA"},` +
			`{"exchange":"mx.example.test","priority":5,"type":"MX"},{"entries":["a","b"],"type":"TXT"},` +
			`{"name":"srv.example.test","port":3,"priority":1,"weight":2,"type":"SRV"}]`,
		`promise MX [{"exchange":"mx.example.test","priority":5}]`,
		`promise A ENOTFOUND queryA nx.test`,
	}, out)
}

func TestDefaultResolverIsShared(t *testing.T) {
	srv := newFakeServer(t, fullZone)
	e := newEnv(t)
	require.NoError(t, e.VM.Set("server", srv.addr.String()))
	out := e.Run(`
		dns.setServers([server]);
		out(JSON.stringify(dnsPromises.getServers()) === JSON.stringify([server]));
		dnsPromises.resolveTxt('example.test').then((v) => out(JSON.stringify(v)));
	`)
	assert.Equal(t, []string{"true", `[["a","b"]]`}, out)
}

func TestPromisesSetServersLeavesDnsAlone(t *testing.T) {
	e := newEnv(t)
	out := e.Run(`
		dns.setServers(['192.0.2.1']);
		dnsPromises.setServers(['192.0.2.2']);
		out(dns.getServers(), dnsPromises.getServers());
		dns.setServers(['192.0.2.3']);
		out(dns.getServers(), dnsPromises.getServers());
	`)
	assert.Equal(t, []string{"192.0.2.1 192.0.2.2", "192.0.2.3 192.0.2.3"}, out,
		"dns.setServers points dns.promises back at the default resolver")
}

func TestCancelEndsQueriesAtOnce(t *testing.T) {
	srv := newFakeServer(t, func(dnsmessage.Question, bool) (dnsmessage.RCode, []dnsmessage.Resource, bool) {
		return silent, nil, false
	})
	e := newEnv(t)
	require.NoError(t, e.VM.Set("server", srv.addr.String()))
	e.Loop.NewTimer(20*time.Millisecond, func() {
		_, err := e.VM.RunString(`r.cancel()`)
		require.NoError(t, err)
	})
	start := time.Now()
	out := e.Run(`
		var r = new dns.Resolver({ timeout: 10000, tries: 4 });
		r.setServers([server]);
		r.resolve4('a.test', (err) => out(err.code, err.message));
		r.resolveMx('b.test', (err) => out(err.code, err.message));
	`)
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.ElementsMatch(t, []string{"ECANCELLED queryA ECANCELLED a.test", "ECANCELLED queryMx ECANCELLED b.test"}, out)
}

// TestCancelWinsOverOutcomesInFlight checks that cancel() fails the
// queries outstanding when it is called with ECANCELLED, even when their
// outcome (an ICMP refusal, an answer) already reached the loop's queue:
// the script keeps the loop busy long enough for it to arrive, then
// cancels. (Against a refusing server a single query, as in node, where
// c-ares's second send on the same socket would already fail.)
func TestCancelWinsOverOutcomesInFlight(t *testing.T) {
	answering := newFakeServer(t, fullZone)
	closed, err := net.ListenPacket("udp", "127.0.0.1:0")
	require.NoError(t, err)
	refusing := closed.LocalAddr().String()
	require.NoError(t, closed.Close())
	for _, tc := range []struct {
		name, server, queries string
		want                  []string
	}{
		{"refused", refusing, `r.resolve4('example.test', record);`,
			[]string{"ECANCELLED", "after cancel ECONNREFUSED"}},
		{"answered", answering.addr.String(), `r.resolve4('example.test', record); r.reverse('192.0.2.1', record);`,
			[]string{"ECANCELLED", "ECANCELLED", "after cancel answered"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			require.NoError(t, e.VM.Set("server", tc.server))
			out := e.Run(`
				var r = new dns.Resolver({ tries: 1 });
				r.setServers([server]);
				const record = (err, v) => out(err ? err.code : JSON.stringify(v));
				` + tc.queries + `
				const until = Date.now() + 300;
				while (Date.now() < until);
				r.cancel();
				r.resolveTxt('example.test', (err) => out('after cancel', err ? err.code : 'answered'));
			`)
			assert.ElementsMatch(t, tc.want, out)
		})
	}
}
