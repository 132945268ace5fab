package tls_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
)

// certDir holds the compat scripts' certificates.
var certDir, _ = filepath.Abs("../../compat-tests/node/fixtures/certs")

// run runs src as a Node program with CERTS set to the certificate
// directory and returns what it printed and its exit code.
func run(t testing.TB, src string) (string, int) {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	defer l.Close()
	out := &bytes.Buffer{}
	vm := goja.New()
	rt := nodecompat.Enable(vm, l, nodecompat.Options{Argv: []string{"nodeshim", "test.js"}, Stdout: out, Stderr: out})
	require.NoError(t, vm.Set("CERTS", certDir))
	code := rt.RunEval(`const pem = (n) => require('fs').readFileSync(CERTS + '/' + n + '.pem');`+src, false)
	return out.String(), code
}

func TestFixturesExist(t *testing.T) {
	for _, name := range []string{"ca", "server", "server-key", "client", "client-key", "self-signed", "expired"} {
		_, err := os.Stat(filepath.Join(certDir, name+".pem"))
		assert.NoError(t, err, name)
	}
}

func TestSecureContextErrors(t *testing.T) {
	cases := []struct{ options, want string }{
		{`{ cert: 1 }`, "ERR_INVALID_ARG_TYPE"},
		{`{ cert: 'junk', key: 'junk' }`, "ERR_OSSL_PEM_NO_START_LINE PEM routines no start line"},
		{`{ minVersion: 'TLSv9' }`, "ERR_TLS_INVALID_PROTOCOL_VERSION"},
		{`{ cert: pem('client'), key: pem('server2-key') }`, "ERR_OSSL_X509_KEY_VALUES_MISMATCH x509 certificate routines key values mismatch"},
		{`{ cert: pem('encrypted'), key: pem('encrypted-key') }`, "ERR_OSSL_BAD_DECRYPT Provider routines bad decrypt"},
		{`{ cert: pem('encrypted'), key: pem('encrypted-key'), passphrase: 'open sesame' }`, "ok"},
	}
	for _, c := range cases {
		t.Run(c.options, func(t *testing.T) {
			out, code := run(t, `
				try {
					require('tls').createSecureContext(`+c.options+`);
					console.log('ok');
				} catch (e) {
					console.log([e.code, e.library, e.reason].filter(Boolean).join(' '));
				}
			`)
			assert.Equal(t, 0, code)
			assert.Equal(t, c.want+"\n", out)
		})
	}
}

func TestHandshakeOverTheCore(t *testing.T) {
	out, code := run(t, `
		const tls = require('tls');
		const server = tls.createServer({ key: pem('server-key'), cert: pem('server') }, (s) => s.end('secret'));
		server.listen(0, () => {
			const c = tls.connect({ port: server.address().port, ca: pem('ca') }, () => {
				console.log(c.authorized, c.getProtocol(), c.getPeerCertificate().subject.CN);
			});
			c.setEncoding('utf8');
			c.on('data', (d) => console.log(d));
			c.on('close', () => server.close());
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "true TLSv1.3 localhost\nsecret\n", out)
}

func TestTakeOverMovesTheConnection(t *testing.T) {
	// After new TLSSocket(raw), the raw socket's handle no longer reads:
	// its 'data' listener sees nothing of the TLS records.
	out, code := run(t, `
		const net = require('net'), tls = require('tls');
		let rawData = 0;
		const server = net.createServer((raw) => {
			raw.on('data', () => rawData++);
			const s = new tls.TLSSocket(raw, { isServer: true, key: pem('server-key'), cert: pem('server') });
			s.on('secure', () => s.end('ok'));
		});
		server.listen(0, () => {
			const c = tls.connect({ port: server.address().port, ca: pem('ca') });
			c.setEncoding('utf8');
			c.on('data', (d) => console.log(d, rawData));
			c.on('close', () => server.close());
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "ok 0\n", out)
}

func TestResumedTLS12KeepsItsSession(t *testing.T) {
	// The server renews the ticket on resumption (crypto/tls always does);
	// the client reports no new session and keeps the one it resumed.
	out, code := run(t, `
		const tls = require('tls');
		const server = tls.createServer({ key: pem('server-key'), cert: pem('server'), maxVersion: 'TLSv1.2' },
			(s) => s.end('x'));
		server.listen(0, () => {
			const connect = (session, then) => {
				const c = tls.connect({ port: server.address().port, ca: pem('ca'), session });
				let issued;
				c.on('session', (s) => { issued = s; });
				c.on('end', () => console.log(c.isSessionReused(), issued !== undefined,
					session === undefined || c.getSession().equals(session)));
				c.resume();
				c.on('close', () => then(issued));
			};
			connect(undefined, (first) => connect(first, () => server.close()));
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "false true true\ntrue false true\n", out)
}
