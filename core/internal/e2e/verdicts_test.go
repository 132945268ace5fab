package e2e

import (
	"encoding/json"
	"errors"
	"net"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/tcptest"
	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/core/tlsconn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// verdictCase is a server certificate chain and what the client trusts and
// asks for.
type verdictCase struct {
	Name  string
	chain []*testcert.Cert // leaf first
	ca    *testcert.Cert   // nil: the system's roots
	Host  string
	Port  int
	CA    string
}

func TestVerificationVerdictsMatchNode(t *testing.T) {
	local := []string{"localhost"}
	past := time.Now().Add(-48 * time.Hour)
	root := testcert.New(t, testcert.Options{CommonName: "Root", IsCA: true})
	inter := testcert.New(t, testcert.Options{CommonName: "Inter", IsCA: true, Issuer: root})
	leaf := testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, IPs: []net.IP{net.IPv4(127, 0, 0, 1)}, Issuer: inter})
	direct := testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, Issuer: root})
	self := testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local})
	expired := testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, Issuer: root, NotBefore: past, NotAfter: past.Add(time.Hour)})
	future := testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, Issuer: root, NotBefore: time.Now().Add(time.Hour), NotAfter: time.Now().Add(48 * time.Hour)})
	other := testcert.New(t, testcert.Options{CommonName: "example.com", DNSNames: []string{"example.com", "*.example.org"}, Issuer: root})
	wildcard := testcert.New(t, testcert.Options{CommonName: "x", DNSNames: []string{"*.localhost"}, Issuer: root})
	cnOnly := testcert.New(t, testcert.Options{CommonName: "localhost", Issuer: root})
	notCA := testcert.New(t, testcert.Options{CommonName: "NotCA", Issuer: root})
	underNotCA := testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, Issuer: notCA})

	cases := []*verdictCase{
		{Name: "good chain", chain: []*testcert.Cert{leaf, inter}, ca: root},
		{Name: "self-signed", chain: []*testcert.Cert{self}},
		{Name: "untrusted root sent", chain: []*testcert.Cert{leaf, inter, root}},
		{Name: "unknown issuer", chain: []*testcert.Cert{direct}},
		{Name: "intermediate missing", chain: []*testcert.Cert{leaf}, ca: root},
		{Name: "root unknown", chain: []*testcert.Cert{leaf, inter}},
		{Name: "expired", chain: []*testcert.Cert{expired}, ca: root},
		{Name: "expired, untrusted", chain: []*testcert.Cert{expired}},
		{Name: "not yet valid", chain: []*testcert.Cert{future}, ca: root},
		{Name: "wrong host", chain: []*testcert.Cert{other}, ca: root},
		{Name: "wrong IP", chain: []*testcert.Cert{other}, ca: root, Host: "127.0.0.1"},
		{Name: "right IP", chain: []*testcert.Cert{leaf, inter}, ca: root, Host: "127.0.0.1"},
		{Name: "wildcard for one label more", chain: []*testcert.Cert{wildcard}, ca: root, Host: "a.localhost"},
		{Name: "wildcard without the label", chain: []*testcert.Cert{wildcard}, ca: root},
		{Name: "common name only", chain: []*testcert.Cert{cnOnly}, ca: root},
		{Name: "issuer is no CA", chain: []*testcert.Cert{underNotCA, notCA}, ca: root},
	}

	l := looptest.New(t)
	ours := map[string]string{}
	for _, tc := range cases {
		if tc.Host == "" {
			tc.Host = "localhost"
		}
		if tc.ca != nil {
			tc.CA = tc.ca.CertPEM
		}
		tc.Port = serveChain(t, l, tc.chain, 2)
		var cas []string
		if tc.ca != nil {
			cas = []string{tc.ca.CertPEM}
		}
		ctx, err := tlsconn.NewContext(tlsconn.ContextOptions{CA: cas})
		require.NoError(t, err)
		var c *tlsconn.Conn
		c = tlsconn.Dial(l, tcp.DialOptions{Host: "127.0.0.1", Port: tc.Port}, ctx, tlsconn.ConnOptions{Host: tc.Host}, func(err error) {
			ours[tc.Name] = verdict(err)
			c.Destroy()
		})
	}
	jobs, err := json.Marshal(cases)
	require.NoError(t, err)
	_, wait := node(t, t.TempDir(), false, `
const tls = require('tls');
const jobs = JSON.parse(process.argv[1]);
(async () => {
  for (const j of jobs) {
    const code = await new Promise((res) => {
      const s = tls.connect({port: j.Port, host: '127.0.0.1', servername: /^[0-9.]+$/.test(j.Host) ? undefined : j.Host,
        checkServerIdentity: (h, cert) => tls.checkServerIdentity(j.Host, cert), ca: j.CA || undefined}, () => { s.destroy(); res('ok'); });
      s.on('error', (e) => res(e.code + ': ' + e.message));
    });
    console.log(JSON.stringify({name: j.Name, code}));
  }
})();`, string(jobs))
	looptest.Run(t, l, runLimit)
	lines := wait()
	require.Len(t, lines, len(cases))
	for _, line := range lines {
		var got struct{ Name, Code string }
		require.NoError(t, json.Unmarshal([]byte(line), &got))
		assert.Equal(t, got.Code, ours[got.Name], got.Name)
	}
}

// verdict prints a handshake's outcome as the node script does.
func verdict(err error) string {
	var se *sockerr.Error
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &se):
		return se.Code + ": " + se.Message
	}
	return err.Error()
}

// serveChain serves the chain to n clients on the loop and returns the port.
func serveChain(t *testing.T, l *loop.Loop, chain []*testcert.Cert, n int) int {
	cert := ""
	for _, c := range chain {
		cert += c.CertPEM
	}
	ctx, err := tlsconn.NewContext(tlsconn.ContextOptions{Cert: []string{cert}, Key: []string{chain[0].KeyPEM}})
	require.NoError(t, err)
	served := 0
	var ln *tcp.Listener
	ln, err = tcp.Listen(l, tcp.ListenOptions{Host: "127.0.0.1"}, listener(func(c *tcp.Conn) {
		if served++; served == n {
			require.NoError(t, ln.Close())
		}
		var sc *tlsconn.Conn
		sc = tlsconn.Start(c, ctx, tlsconn.ConnOptions{Server: true, HandshakeTimeout: 5 * time.Second}, func(error) {})
		sc.SetHandler(tcptest.Handler{End: sc.Destroy, Err: func(error) {}})
	}))
	require.NoError(t, err)
	return ln.Addr().Port()
}
