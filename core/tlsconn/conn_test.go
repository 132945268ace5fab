package tlsconn

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"fmt"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/tcptest"
	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// encryptPKCS8 protects a PKCS #8 key with PBES2 (PBKDF2-HMAC-SHA256,
// AES-256-CBC), as OpenSSL and Node write "ENCRYPTED PRIVATE KEY".
func encryptPKCS8(t *testing.T, der []byte, pass string) string {
	salt, iv := make([]byte, 16), make([]byte, 16)
	_, _ = rand.Read(salt)
	_, _ = rand.Read(iv)
	key, err := pbkdf2.Key(sha256.New, pass, salt, 2048, 32)
	require.NoError(t, err)
	pad := 16 - len(der)%16
	plain := append(append([]byte(nil), der...), make([]byte, pad)...)
	for i := len(der); i < len(plain); i++ {
		plain[i] = byte(pad)
	}
	block, _ := aes.NewCipher(key)
	enc := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(enc, plain)
	raw := func(v any) asn1.RawValue {
		b, err := asn1.Marshal(v)
		require.NoError(t, err)
		return asn1.RawValue{FullBytes: b}
	}
	kdf := raw(pbkdf2Params{Salt: salt, Iterations: 2048,
		PRF: pkix.AlgorithmIdentifier{Algorithm: asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}, Parameters: asn1.NullRawValue}})
	params := raw(pbes2Params{
		KeyDerivation: pkix.AlgorithmIdentifier{Algorithm: oidPBKDF2, Parameters: kdf},
		Encryption:    pkix.AlgorithmIdentifier{Algorithm: asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}, Parameters: raw(iv)},
	})
	out, err := asn1.Marshal(encryptedPrivateKeyInfo{Algorithm: pkix.AlgorithmIdentifier{Algorithm: oidPBES2, Parameters: params}, Data: enc})
	require.NoError(t, err)
	return string(pem.EncodeToMemory(&pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: out}))
}

// legacyEncrypted protects an EC key the old PEM way.
func legacyEncrypted(t *testing.T, c *testcert.Cert, pass string) string {
	der, err := x509.MarshalECPrivateKey(c.Key.(*ecdsa.PrivateKey))
	require.NoError(t, err)
	block, err := x509.EncryptPEMBlock(rand.Reader, "EC PRIVATE KEY", der, []byte(pass), x509.PEMCipherAES128) //nolint:staticcheck // testing the legacy format
	require.NoError(t, err)
	return string(pem.EncodeToMemory(block))
}

func TestContextOptionErrors(t *testing.T) {
	_, leaf := testcert.Localhost(t)
	other := testcert.New(t, testcert.Options{CommonName: "other"})
	keyDER, _ := pem.Decode([]byte(leaf.KeyPEM))
	pkcs8 := encryptPKCS8(t, keyDER.Bytes, "secret")
	legacy := legacyEncrypted(t, leaf, "secret")
	cases := []struct {
		name string
		o    ContextOptions
		code string // "" for success
	}{
		{"plain key", ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}}, ""},
		{"PKCS #8 encrypted", ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{pkcs8}, Passphrase: "secret"}, ""},
		{"PKCS #8 wrong passphrase", ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{pkcs8}, Passphrase: "nope"}, "ERR_OSSL_UNSUPPORTED"},
		{"PKCS #8 no passphrase", ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{pkcs8}}, "ERR_OSSL_BAD_DECRYPT"},
		{"legacy encrypted", ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{legacy}, Passphrase: "secret"}, ""},
		{"legacy wrong passphrase", ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{legacy}, Passphrase: "nope"}, "ERR_OSSL_UNSUPPORTED"},
		{"key of another certificate", ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{other.KeyPEM}}, "ERR_OSSL_X509_KEY_VALUES_MISMATCH"},
		{"garbage key", ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{"garbage"}}, "ERR_OSSL_UNSUPPORTED"},
		{"garbage certificate", ContextOptions{Cert: []string{"garbage"}, Key: []string{leaf.KeyPEM}}, "ERR_OSSL_PEM_NO_START_LINE"},
		{"garbage CA", ContextOptions{CA: []string{"garbage"}}, "ERR_OSSL_PEM_NO_START_LINE"},
		{"bad version", ContextOptions{MinVersion: "TLSv9"}, "ERR_TLS_INVALID_PROTOCOL_VERSION"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, err := NewContext(tc.o)
			if tc.code == "" {
				require.NoError(t, err)
				require.Len(t, ctx.certs, 1)
				return
			}
			var se *sockerr.Error
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tc.code, se.Code)
		})
	}
	_, err := NewContext(ContextOptions{MaxVersion: "SSLv3"})
	assert.EqualError(t, err, `"SSLv3" is not a valid maximum TLS protocol version`)
}

func TestConnectionInformation(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	for _, tc := range []struct {
		maxVersion, protocol, cipher, standard, cipherVersion string
	}{
		{"", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", "TLSv1.3"},
		{"TLSv1.2", "TLSv1.2", "ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLSv1.2"},
	} {
		t.Run(tc.protocol, func(t *testing.T) {
			sctx := newContext(t, ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}, ALPNProtocols: []string{"h2", "http/1.1"}})
			cctx := newContext(t, ContextOptions{CA: []string{ca.CertPEM}, MaxVersion: tc.maxVersion, ALPNProtocols: []string{"http/1.1"}})
			r := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{}, func(r *result) {
				c := r.client
				assert.Equal(t, tc.protocol, c.Protocol())
				cipher, ok := c.Cipher()
				require.True(t, ok)
				assert.Equal(t, Cipher{tc.cipher, tc.standard, tc.cipherVersion}, cipher)
				assert.Equal(t, KeyExchange{"ECDH", "X25519", 253}, c.KeyExchange(), "Node's default key exchange")
				assert.Equal(t, "http/1.1", c.ALPNProtocol())
				assert.Equal(t, "http/1.1", r.server.ALPNProtocol())
				assert.Equal(t, "localhost", r.server.ServerName())
				assert.False(t, c.SessionReused())
				assert.True(t, c.Authorized())
				assert.False(t, r.server.Authorized(), "a server that asked no certificate verified none")
				assert.Nil(t, r.server.PeerCertificate())
				closeBoth(r)
			})
			require.NoError(t, r.clientErr)
		})
	}
}

func TestPeerCertificateLikeNode(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	sctx := newContext(t, ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}})
	cctx := newContext(t, ContextOptions{CA: []string{ca.CertPEM}})
	var pc *Certificate
	handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{}, func(r *result) {
		pc = r.client.PeerCertificate()
		closeBoth(r)
	})
	require.NotNil(t, pc)
	c := leaf.Cert
	assert.Equal(t, Name{{"CN", "localhost"}}, pc.Subject)
	assert.Equal(t, Name{{"O", "nodeshim"}, {"CN", "Test CA"}}, pc.Issuer, "in the name's order")
	assert.Equal(t, "DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1", pc.SubjectAltName)
	assert.Equal(t, c.NotBefore.UTC().Format("Jan _2 15:04:05 2006 GMT"), pc.ValidFrom)
	assert.Regexp(t, `^[A-Z][a-z]{2} [ 1-3]\d \d\d:\d\d:\d\d \d{4} GMT$`, pc.ValidTo)
	sum := sha256.Sum256(c.Raw)
	assert.Equal(t, hexPairs(sum[:]), pc.Fingerprint256)
	assert.Len(t, pc.Fingerprint, 59)
	assert.Len(t, pc.Fingerprint512, 191)
	assert.Equal(t, fmt.Sprintf("%X", c.SerialNumber.Bytes()), pc.SerialNumber)
	assert.Equal(t, []string{"1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"}, pc.ExtKeyUsage)
	assert.Equal(t, 256, pc.Bits)
	assert.Equal(t, "prime256v1", pc.ASN1Curve)
	assert.Equal(t, "P-256", pc.NISTCurve)
	assert.Len(t, pc.PubKey, 65)
	assert.False(t, pc.CA)
	assert.Equal(t, c.Raw, pc.Raw)
	require.NotNil(t, pc.IssuerCertificate, "the verified chain goes up to the CA")
	root := pc.IssuerCertificate
	assert.True(t, root.CA)
	assert.Same(t, root, root.IssuerCertificate, "a self-signed root is its own issuer, as in Node")
}

func TestSNICallbackChoosesTheCertificate(t *testing.T) {
	ca := testcert.New(t, testcert.Options{CommonName: "CA", IsCA: true})
	def := testcert.New(t, testcert.Options{CommonName: "default.test", DNSNames: []string{"default.test"}, Issuer: ca})
	other := testcert.New(t, testcert.Options{CommonName: "other.test", DNSNames: []string{"other.test"}, Issuer: ca})
	otherCtx := newContext(t, ContextOptions{Cert: []string{other.CertPEM}, Key: []string{other.KeyPEM}})
	var asked []string
	sctx := newContext(t, ContextOptions{Cert: []string{def.CertPEM}, Key: []string{def.KeyPEM},
		SNICallback: func(name string, reply func(*Context, error)) {
			asked = append(asked, name)
			if name == "other.test" {
				reply(otherCtx, nil)
				return
			}
			reply(nil, nil)
		}})
	cctx := newContext(t, ContextOptions{CA: []string{ca.CertPEM}})
	for _, tc := range []struct{ name, cn string }{{"other.test", "other.test"}, {"default.test", "default.test"}} {
		var cn, serverName string
		r := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{ServerName: tc.name}, func(r *result) {
			cn = r.client.PeerCertificate().Subject[0].Value
			serverName = r.server.ServerName()
			closeBoth(r)
		})
		require.NoError(t, r.clientErr)
		assert.Equal(t, tc.cn, cn)
		assert.Equal(t, tc.name, serverName)
	}
	assert.Equal(t, []string{"other.test", "default.test"}, asked)
}

func TestALPNAndVersionMismatches(t *testing.T) {
	_, leaf := testcert.Localhost(t)
	cases := []struct {
		name       string
		server     ContextOptions
		client     ContextOptions
		clientCode string
	}{
		{"no common protocol", ContextOptions{ALPNProtocols: []string{"h2"}}, ContextOptions{ALPNProtocols: []string{"x"}},
			"ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL"},
		{"no common version", ContextOptions{MinVersion: "TLSv1.3"}, ContextOptions{MaxVersion: "TLSv1.2"},
			"ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.server.Cert, tc.server.Key = []string{leaf.CertPEM}, []string{leaf.KeyPEM}
			tc.client.AllowUnauthorized = true
			r := handshake(t, newContext(t, tc.server), newContext(t, tc.client), ConnOptions{}, ConnOptions{}, nil)
			var se *sockerr.Error
			require.ErrorAs(t, r.clientErr, &se)
			assert.Equal(t, tc.clientCode, se.Code)
			assert.Error(t, r.serverErr)
		})
	}
}

func TestClientSessionResumption(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	sctx := newContext(t, ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}})
	for _, version := range []string{"TLSv1.3", "TLSv1.2"} {
		t.Run(version, func(t *testing.T) {
			cctx := newContext(t, ContextOptions{CA: []string{ca.CertPEM}, MaxVersion: version})
			var sessions [][]byte
			onSession := func(s []byte) { sessions = append(sessions, s) }
			first := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{OnSession: onSession}, func(r *result) {
				assert.False(t, r.client.SessionReused())
				// TLS 1.3 tickets come after the handshake: read until the
				// server's end, which follows them.
				r.client.SetHandler(tcptest.Handler{End: r.client.Destroy})
				r.server.CloseWrite(nil)
				r.server.SetHandler(tcptest.Handler{Close: func(bool) {}})
				r.client.Loop().NewTimer(50*time.Millisecond, r.server.Destroy)
			})
			require.NoError(t, first.clientErr)
			require.NotEmpty(t, sessions, "the server issued a session")
			var reused, authorized bool
			second := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{Session: sessions[len(sessions)-1]}, func(r *result) {
				reused, authorized = r.client.SessionReused(), r.client.Authorized()
				closeBoth(r)
			})
			require.NoError(t, second.clientErr)
			assert.True(t, reused)
			assert.True(t, authorized, "a resumed session is still verified")
			garbage := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{Session: []byte("garbage")}, func(r *result) {
				reused = r.client.SessionReused()
				closeBoth(r)
			})
			require.NoError(t, garbage.clientErr, "an unreadable session is ignored")
			assert.False(t, reused)
		})
	}
}

func TestSkipIdentityCheckLeavesTheNameToTheCaller(t *testing.T) {
	ca := testcert.New(t, testcert.Options{CommonName: "CA", IsCA: true})
	other := testcert.New(t, testcert.Options{CommonName: "example.com", DNSNames: []string{"example.com"}, Issuer: ca})
	sctx := serverContext(t, other)
	cctx := newContext(t, ContextOptions{CA: []string{ca.CertPEM}})
	var authorized bool
	r := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{SkipIdentityCheck: true}, func(r *result) {
		authorized = r.client.Authorized()
		closeBoth(r)
	})
	require.NoError(t, r.clientErr, "the chain is good; the name is the caller's business")
	assert.True(t, authorized)
	e := CheckServerIdentity("localhost", other.Cert)
	require.NotNil(t, e)
	assert.Equal(t, "ERR_TLS_CERT_ALTNAME_INVALID", e.Code)
	assert.Nil(t, CheckServerIdentity("example.com", other.Cert))

	self := testcert.New(t, testcert.Options{CommonName: "localhost", DNSNames: []string{"localhost"}})
	r = handshake(t, serverContext(t, self), cctx, ConnOptions{}, ConnOptions{SkipIdentityCheck: true}, nil)
	var se *sockerr.Error
	require.ErrorAs(t, r.clientErr, &se, "the chain is still verified")
	assert.Equal(t, "DEPTH_ZERO_SELF_SIGNED_CERT", se.Code)
}

func TestClientSNI(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	sctx := newContext(t, ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}})
	cctx := newContext(t, ContextOptions{CA: []string{ca.CertPEM}})
	for _, tc := range []struct {
		name string
		co   ConnOptions
		sent string
	}{
		{"host name by default", ConnOptions{Host: "localhost"}, "localhost"},
		{"never an IP host", ConnOptions{Host: "127.0.0.1"}, ""},
		{"only explicit: none", ConnOptions{Host: "localhost", OnlyExplicitSNI: true}, ""},
		{"only explicit: the name given", ConnOptions{Host: "127.0.0.1", ServerName: "localhost", OnlyExplicitSNI: true}, "localhost"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var sent string
			var authorized bool
			r := handshake(t, sctx, cctx, ConnOptions{}, tc.co, func(r *result) {
				sent, authorized = r.server.ServerName(), r.client.Authorized()
				closeBoth(r)
			})
			require.NoError(t, r.clientErr)
			assert.Equal(t, tc.sent, sent)
			assert.True(t, authorized, "the certificate is still checked against the host")
		})
	}
}
