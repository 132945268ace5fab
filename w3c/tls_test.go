package w3c

import (
	"bufio"
	"crypto/tls"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/w3c/w3ctest"
)

// goTLSServer serves TLS with cert, echoing lines.
func goTLSServer(t *testing.T, cert tls.Certificate, alpn ...string) string {
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, NextProtos: alpn}
	return goTCPServer(t, func(c net.Conn) {
		tc := tls.Server(c, cfg)
		if tc.Handshake() != nil {
			return
		}
		echo(tc)
	})
}

// setPEM makes the PEM texts of the PKI globals of the script.
func setPEM(t *testing.T, e *env, p *w3ctest.PKI) {
	require.NoError(t, e.vm.Set("CA", p.CA.CertPEM))
	require.NoError(t, e.vm.Set("CERT", p.Leaf.CertPEM))
	require.NoError(t, e.vm.Set("KEY", p.Leaf.KeyPEM))
}

func TestTLSFromTheStart(t *testing.T) {
	p := newTestPKI(t)
	port := goTLSServer(t, p.Leaf.TLS, "http/1.1")
	e := newEnv(t)
	setPEM(t, e, p)
	out := e.run(`
		const s = new TCPSocket('localhost', ` + port + `, {useSecureTransport: true, ca: [CA], alpnProtocols: ['h2', 'http/1.1'], binaryType: 'string'});
		s.onsecure = () => {
			const c = s.peerCertificate;
			print('secure', s.readyState, s.ssl, s.tlsVersion, s.alpnProtocol);
			print('cert', c.subject.CN, c.subject.O, c.issuer.CN, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(c.validTo),
				/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(c.fingerprint256), c.raw instanceof ArrayBuffer, c.subjectaltname);
		};
		s.onopen = () => { print('open', s.url); s.send('hello'); };
		s.onmessage = e => { print('message', e.data); s.close(); };
		s.onclose = e => print('close', e.wasClean);
	`)
	assert.Equal(t, []string{
		"secure 0 true TLSv1.3 http/1.1",
		"cert localhost nodeshim tests nodeshim test CA true true true DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1",
		"open localhost:" + port,
		"message hello",
		"close true",
	}, out)
}

func TestTLSVerificationFailures(t *testing.T) {
	p := newTestPKI(t)
	self := makeCert(t, w3ctest.Spec{CommonName: "localhost", DNSNames: []string{"localhost"}})
	expired := makeCert(t, w3ctest.Spec{CommonName: "localhost", DNSNames: []string{"localhost"}, Issuer: p.CA,
		NotBefore: time.Now().Add(-48 * time.Hour), NotAfter: time.Now().Add(-24 * time.Hour)})
	cases := []struct {
		name    string
		cert    tls.Certificate
		options string
		want    string
	}{
		{"self-signed", self.TLS, "{}", "error SecurityCertificateError DEPTH_ZERO_SELF_SIGNED_CERT self-signed certificate"},
		{"unknown CA", p.Leaf.TLS, "{}", "error SecurityCertificateError UNABLE_TO_VERIFY_LEAF_SIGNATURE unable to verify the first certificate"},
		{"expired", expired.TLS, "{ca: CA}", "error SecurityCertificateError CERT_HAS_EXPIRED certificate has expired"},
		{"wrong name", p.Leaf.TLS, "{ca: CA, servername: 'example.com'}", "error SecurityCertificateError ERR_TLS_CERT_ALTNAME_INVALID Hostname/IP does not match certificate's altnames: Host: example.com. is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1"},
		{"accepted anyway", self.TLS, "{rejectUnauthorized: false}", "secure"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			port := goTLSServer(t, c.cert)
			e := newEnv(t)
			setPEM(t, e, p)
			out := e.run(`
				const s = new TCPSocket('localhost', ` + port + `, Object.assign({useSecureTransport: true}, ` + c.options + `));
				s.onsecure = () => { print('secure'); s.close(); };
				s.onerror = e => print('error', e.name, e.code, e.message);
			`)
			assert.Equal(t, []string{c.want}, out)
		})
	}
}

// startTLSServer speaks a little SMTP-like dialogue in clear, then TLS:
// "220 ready", STARTTLS, "220 go ahead", handshake, then it echoes lines
// and reports what it read through got.
func startTLSServer(t *testing.T, cert tls.Certificate, got chan<- string) string {
	return goTCPServer(t, func(c net.Conn) {
		_, _ = io.WriteString(c, "220 ready\r\n")
		line, err := bufio.NewReader(c).ReadString('\n')
		if err != nil || line != "STARTTLS\r\n" {
			got <- "bad command " + line
			return
		}
		_, _ = io.WriteString(c, "220 go ahead\r\n")
		tc := tls.Server(c, &tls.Config{Certificates: []tls.Certificate{cert}})
		if err := tc.Handshake(); err != nil {
			got <- "handshake: " + err.Error()
			return
		}
		data, _ := io.ReadAll(tc)
		got <- string(data)
	})
}

func TestSTARTTLSClientHoldsWritesMadeDuringTheHandshake(t *testing.T) {
	p := newTestPKI(t)
	got := make(chan string, 1)
	port := startTLSServer(t, p.Leaf.TLS, got)
	e := newEnv(t)
	setPEM(t, e, p)
	out := e.run(`
		const s = new TCPSocket('localhost', ` + port + `, {binaryType: 'string'});
		s.onmessage = e => {
			print('server said', JSON.stringify(e.data));
			if (e.data.startsWith('220 ready')) s.send('STARTTLS\r\n');
			if (e.data.startsWith('220 go ahead')) {
				const p = s.UpgradeToSSL({ca: CA});
				print('upgrading', p instanceof Promise, s.ssl);
				s.send('held until secure\n');
				print('buffered', s.bufferedAmount);
				p.then(v => { print('resolved', v, s.ssl); s.send('after\n'); s.close(); });
			}
		};
		s.onsecure = () => print('secure', s.ssl, s.tlsVersion);
		s.onclose = e => print('close', e.wasClean);
	`)
	assert.Equal(t, []string{
		`server said "220 ready\r\n"`,
		`server said "220 go ahead\r\n"`,
		"upgrading true false",
		"buffered 18",
		"secure true TLSv1.3",
		"resolved undefined true",
		"close true",
	}, out)
	assert.Equal(t, "held until secure\nafter\n", <-got)
}

func TestSTARTTLSServerSide(t *testing.T) {
	p := newTestPKI(t)
	e := newEnv(t)
	setPEM(t, e, p)
	result := make(chan string, 1)
	require.NoError(t, e.vm.Set("dial", func(port int) {
		go func() {
			c, err := net.Dial("tcp4", "127.0.0.1:"+strconv.Itoa(port))
			if err != nil {
				result <- err.Error()
				return
			}
			defer c.Close()
			r := bufio.NewReader(c)
			_, _ = io.WriteString(c, "STARTTLS\r\n")
			line, _ := r.ReadString('\n')
			roots := p.Pool()
			tc := tls.Client(c, &tls.Config{RootCAs: roots, ServerName: "localhost"})
			if err := tc.Handshake(); err != nil {
				result <- "handshake: " + err.Error()
				return
			}
			_, _ = io.WriteString(tc, "ping\n")
			reply, _ := bufio.NewReader(tc).ReadString('\n')
			result <- strings.TrimSpace(line) + " / " + reply
		}()
	}))
	out := e.run(`
		const srv = new TCPServerSocket('127.0.0.1', 0, {cert: CERT, key: KEY});
		srv.onopen = () => dial(srv.localPort);
		srv.onconnect = ev => {
			const s = ev.socket;
			s.binaryType = 'string';
			s.onmessage = async m => {
				if (m.data === 'STARTTLS\r\n') {
					s.send('OK begin TLS\r\n');
					await s.upgradeToSSL();
					print('server secure', s.ssl, s.peerCertificate);
					return;
				}
				print('decrypted', JSON.stringify(m.data));
				s.send('pong\n');
				s.close();
				srv.close();
			};
		};
	`)
	assert.Equal(t, []string{"server secure true null", `decrypted "ping\n"`}, out)
	assert.Equal(t, "OK begin TLS / pong\n", <-result)
}

func TestUpgradeFailureRejectsThenErrorThenClose(t *testing.T) {
	port := goTCPServer(t, func(c net.Conn) {
		_, _ = io.WriteString(c, "not TLS at all, sorry\r\n\r\n")
		_, _ = io.Copy(io.Discard, c)
	})
	e := newEnv(t)
	out := e.run(`
		const s = new TCPSocket('127.0.0.1', ` + port + `);
		s.onopen = () => s.upgradeToSecure().catch(err => print('rejected', err.name, err.code));
		s.onerror = e => print('error', e.name, e.code);
		s.onclose = e => print('close', e.wasClean, s.readyState);
	`)
	assert.Equal(t, []string{
		"rejected SecurityProtocolError ERR_SSL_WRONG_VERSION_NUMBER",
		"error SecurityProtocolError ERR_SSL_WRONG_VERSION_NUMBER",
		"close false 3",
	}, out)
}

func TestTLSServerSocket(t *testing.T) {
	p := newTestPKI(t)
	e := newEnv(t)
	setPEM(t, e, p)
	result := make(chan string, 1)
	require.NoError(t, e.vm.Set("dial", func(port int) {
		go func() {
			roots := p.Pool()
			c, err := tls.Dial("tcp4", "127.0.0.1:"+strconv.Itoa(port), &tls.Config{RootCAs: roots, ServerName: "localhost", NextProtos: []string{"imap"}})
			if err != nil {
				result <- err.Error()
				return
			}
			defer c.Close()
			line, _ := bufio.NewReader(c).ReadString('\n')
			result <- line + c.ConnectionState().NegotiatedProtocol
		}()
	}))
	out := e.run(`
		const srv = new TCPServerSocket({localAddress: '127.0.0.1', useSecureTransport: true, cert: CERT, key: KEY, alpnProtocols: ['imap']});
		srv.onopen = () => { print('open', srv.ssl, srv.readyState); dial(srv.localPort); };
		srv.onconnect = ev => {
			const s = ev.socket;
			print('connect', s.ssl, s.readyState, s.alpnProtocol, s.tlsVersion, srv.connections);
			s.send('* OK hello\n');
			s.onclose = () => { print('closed', srv.connections); srv.close(); };
		};
		srv.onclose = () => print('server closed', srv.readyState);
	`)
	assert.Equal(t, []string{"open true 1", "connect true 1 imap TLSv1.3 1", "closed 0", "server closed 3"}, out)
	assert.Equal(t, "* OK hello\nimap", <-result)
}
