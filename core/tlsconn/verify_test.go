package tlsconn

import (
	"net"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// certs is a small PKI: a root, an intermediate, and leaves for every
// verification outcome.
type certs struct {
	root, inter, leaf, direct, self, expired, future, selfExpired, other,
	notCA, underNotCA, interExpired, underExpiredInter, cnOnly *testcert.Cert
}

func makeCerts(t *testing.T) *certs {
	local := []string{"localhost"}
	ips := []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback}
	past, future := time.Now().Add(-48*time.Hour), time.Now().Add(24*time.Hour)
	c := &certs{}
	c.root = testcert.New(t, testcert.Options{CommonName: "Root", Organization: "nodeshim", IsCA: true})
	c.inter = testcert.New(t, testcert.Options{CommonName: "Inter", IsCA: true, Issuer: c.root})
	c.leaf = testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, IPs: ips, Issuer: c.inter})
	c.direct = testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, IPs: ips, Issuer: c.root, ClientAuth: true})
	c.self = testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local})
	c.expired = testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, Issuer: c.root, NotBefore: past, NotAfter: past.Add(24 * time.Hour)})
	c.future = testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, Issuer: c.root, NotBefore: future, NotAfter: future.Add(24 * time.Hour)})
	c.selfExpired = testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, NotBefore: past, NotAfter: past.Add(24 * time.Hour)})
	c.other = testcert.New(t, testcert.Options{CommonName: "example.com", DNSNames: []string{"example.com", "www.example.com"}, Issuer: c.root})
	c.notCA = testcert.New(t, testcert.Options{CommonName: "NotCA", Issuer: c.root})
	c.underNotCA = testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, Issuer: c.notCA})
	c.interExpired = testcert.New(t, testcert.Options{CommonName: "InterX", IsCA: true, Issuer: c.root, NotBefore: past, NotAfter: past.Add(24 * time.Hour)})
	c.underExpiredInter = testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: local, Issuer: c.interExpired})
	c.cnOnly = testcert.New(t, testcert.Options{CommonName: "localhost", Issuer: c.root})
	return c
}

// The expected codes and messages were taken from Node v20 with the same
// certificates.
func TestServerVerificationLikeNode(t *testing.T) {
	pki := makeCerts(t)
	trusting := []string{pki.root.CertPEM}
	cases := []struct {
		name    string
		leaf    *testcert.Cert
		chain   []*testcert.Cert
		ca      []string
		host    string
		code    string
		message string
	}{
		{"self-signed", pki.self, nil, nil, "", "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"},
		{"self-signed and trusted", pki.self, nil, []string{pki.self.CertPEM}, "", "", ""},
		{"untrusted root sent", pki.leaf, []*testcert.Cert{pki.inter, pki.root}, nil, "", "SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"},
		{"unknown issuer", pki.direct, nil, nil, "", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"},
		{"intermediate not sent", pki.leaf, nil, trusting, "", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"},
		{"root unknown", pki.leaf, []*testcert.Cert{pki.inter}, nil, "", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"},
		{"good chain", pki.leaf, []*testcert.Cert{pki.inter}, trusting, "", "", ""},
		{"expired", pki.expired, nil, trusting, "", "CERT_HAS_EXPIRED", "certificate has expired"},
		{"expired and untrusted", pki.expired, nil, nil, "", "CERT_HAS_EXPIRED", "certificate has expired"},
		{"not yet valid", pki.future, nil, trusting, "", "CERT_NOT_YET_VALID", "certificate is not yet valid"},
		{"self-signed and expired", pki.selfExpired, nil, nil, "", "CERT_HAS_EXPIRED", "certificate has expired"},
		{"intermediate expired", pki.underExpiredInter, []*testcert.Cert{pki.interExpired}, trusting, "", "CERT_HAS_EXPIRED", "certificate has expired"},
		{"wrong host", pki.other, nil, trusting, "", "ERR_TLS_CERT_ALTNAME_INVALID",
			"Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:example.com, DNS:www.example.com"},
		{"wrong IP", pki.other, nil, trusting, "127.0.0.1", "ERR_TLS_CERT_ALTNAME_INVALID",
			"Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: "},
		{"right IP", pki.direct, nil, trusting, "127.0.0.1", "", ""},
		{"common name only", pki.cnOnly, nil, trusting, "", "", ""},
		{"issuer is no CA", pki.underNotCA, []*testcert.Cert{pki.notCA}, trusting, "", "UNSPECIFIED", "key usage does not include certificate signing"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sctx := serverContext(t, tc.leaf, tc.chain...)
			for _, allow := range []bool{false, true} {
				cctx := newContext(t, ContextOptions{CA: tc.ca, AllowUnauthorized: allow})
				r := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{Host: tc.host}, closeBoth)
				if tc.code == "" {
					require.NoError(t, r.clientErr)
					assert.True(t, r.client.Authorized())
					assert.Nil(t, r.client.AuthorizationError())
					continue
				}
				var got error
				if allow {
					require.NoError(t, r.clientErr, "an allowed peer connects")
					assert.False(t, r.client.Authorized())
					got = r.client.AuthorizationError()
				} else {
					got = r.clientErr
					assert.Error(t, r.serverErr, "the server hears of the refusal")
				}
				var se *sockerr.Error
				require.ErrorAs(t, got, &se, "allow=%v", allow)
				assert.Equal(t, tc.code, se.Code, "allow=%v", allow)
				assert.Equal(t, tc.message, se.Error(), "allow=%v", allow)
				assert.NotNil(t, r.client.PeerCertificate(), "the certificate is there for the error")
			}
		})
	}
}

func TestHostMatching(t *testing.T) {
	cases := []struct {
		host, pattern string
		match         bool
	}{
		{"example.com", "example.com", true},
		{"EXAMPLE.com.", "example.COM", true},
		{"a.example.com", "*.example.com", true},
		{"a.b.example.com", "*.example.com", false},
		{"example.com", "*.example.com", false},
		{"a.com", "*.com", false},
		{"foo.example.com", "f*.example.com", true},
		{"foo.example.com", "*o.example.com", true},
		{"foo.example.com", "b*.example.com", false},
		{"foo.example.com", "f**.example.com", false},
		{"xn--a.example.com", "xn--*.example.com", false},
		{"a..com", "a..com", false},
		{"a.example.com", "", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.match, matchHost(splitHost(tc.host), tc.pattern), "%s vs %s", tc.host, tc.pattern)
	}
}

func TestMutualTLS(t *testing.T) {
	pki := makeCerts(t)
	client := pki.direct // issued by root, with the client-auth usage
	cases := []struct {
		name        string
		allow       bool
		clientCert  *testcert.Cert
		serverCode  string // the server's handshake error, or its AuthorizationError when allowed
		clientAfter string // an error the client reads after its handshake
	}{
		{"trusted client", false, client, "", ""},
		{"no certificate refused", false, nil, "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE", "ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED"},
		{"no certificate allowed", true, nil, "UNABLE_TO_GET_ISSUER_CERT", ""},
		{"wrong purpose allowed", true, pki.self, "INVALID_PURPOSE", ""},
		{"wrong purpose refused", false, pki.self, "INVALID_PURPOSE", "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sctx := newContext(t, ContextOptions{Cert: []string{pki.direct.CertPEM}, Key: []string{pki.direct.KeyPEM},
				CA: []string{pki.root.CertPEM}, RequestCert: true, AllowUnauthorized: tc.allow})
			co := ContextOptions{CA: []string{pki.root.CertPEM}}
			if tc.clientCert != nil {
				co.Cert, co.Key = []string{tc.clientCert.CertPEM}, []string{tc.clientCert.KeyPEM}
			}
			r := handshake(t, sctx, newContext(t, co), ConnOptions{}, ConnOptions{}, nil)
			require.NoError(t, r.clientErr, "TLS 1.3 clients finish before the server judges them")
			if tc.clientAfter != "" {
				assert.ErrorContains(t, r.clientReadErr, "", "the client reads the server's alert")
				var se *sockerr.Error
				require.ErrorAs(t, r.clientReadErr, &se)
				assert.Equal(t, tc.clientAfter, se.Code)
			}
			var got error
			switch {
			case tc.serverCode == "":
				require.NoError(t, r.serverErr)
				assert.True(t, r.server.Authorized())
				assert.Equal(t, Name{{"CN", "localhost"}}, r.server.PeerCertificate().Subject)
				return
			case tc.allow:
				require.NoError(t, r.serverErr)
				assert.False(t, r.server.Authorized())
				got = r.server.AuthorizationError()
			default:
				got = r.serverErr
			}
			var se *sockerr.Error
			require.ErrorAs(t, got, &se)
			assert.Equal(t, tc.serverCode, se.Code)
		})
	}
}
