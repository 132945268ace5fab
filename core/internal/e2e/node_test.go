package e2e

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/tcptest"
	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/core/tlsconn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// runLimit bounds every loop run of the tests.
const runLimit = 20 * time.Second

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// node runs a script with node in dir (where the test wrote its files); the
// script prints lines. With readFirst the first line is read and handed
// back at once (a port); wait returns the other lines once node has exited.
func node(t *testing.T, dir string, readFirst bool, script string, args ...string) (first string, wait func() []string) {
	t.Helper()
	bin, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	cmd := exec.Command(bin, append([]string{"-e", script}, args...)...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	sc := bufio.NewScanner(out)
	if readFirst && sc.Scan() {
		first = sc.Text()
	}
	return first, func() []string {
		var lines []string
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		require.NoError(t, cmd.Wait())
		return lines
	}
}

// writeFiles writes PEM files for node into a temporary directory.
func writeFiles(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600))
	}
	return dir
}

func TestCoreClientAgainstNodeServer(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	dir := writeFiles(t, map[string]string{"cert.pem": leaf.CertPEM, "key.pem": leaf.KeyPEM})
	port, wait := node(t, dir, true, `
const tls = require('tls'), fs = require('fs');
const srv = tls.createServer({cert: fs.readFileSync('cert.pem'), key: fs.readFileSync('key.pem'), ALPNProtocols: ['h2', 'echo']}, (s) => {
  let got = '';
  s.on('data', (d) => { got += d; s.write(d); });
  s.on('end', () => { console.log(JSON.stringify({got, protocol: s.getProtocol(), alpn: s.alpnProtocol, servername: s.servername})); s.end(); srv.close(); });
});
srv.listen(0, '127.0.0.1', () => console.log(srv.address().port));`)
	p, err := strconv.Atoi(port)
	require.NoError(t, err)

	l := looptest.New(t)
	ctx, err := tlsconn.NewContext(tlsconn.ContextOptions{CA: []string{ca.CertPEM}, ALPNProtocols: []string{"echo"}})
	require.NoError(t, err)
	var echoed strings.Builder
	var protocol, alpn string
	var c *tlsconn.Conn
	c = tlsconn.Dial(l, tcp.DialOptions{Host: "127.0.0.1", Port: p}, ctx, tlsconn.ConnOptions{Host: "localhost"}, func(err error) {
		require.NoError(t, err)
		protocol, alpn = c.Protocol(), c.ALPNProtocol()
		c.Write([]byte("hello node"), nil)
		c.CloseWrite(nil)
	})
	c.SetHandler(tcptest.Handler{Data: func(b []byte) { echoed.Write(b) }})
	looptest.Run(t, l, runLimit)
	lines := wait()
	require.Len(t, lines, 1)
	var seen struct{ Got, Protocol, ALPN, Servername string }
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &seen))
	assert.Equal(t, "hello node", seen.Got)
	assert.Equal(t, "hello node", echoed.String())
	assert.Equal(t, "TLSv1.3", protocol)
	assert.Equal(t, "TLSv1.3", seen.Protocol)
	assert.Equal(t, "echo", alpn)
	assert.Equal(t, "localhost", seen.Servername, "SNI reached node")
	assert.True(t, c.Authorized())
}

func TestNodeClientAgainstCoreServer(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	client := testcert.New(t, testcert.Options{CommonName: "node client", Issuer: ca, ClientAuth: true})
	dir := writeFiles(t, map[string]string{"ca.pem": ca.CertPEM, "cert.pem": client.CertPEM, "key.pem": client.KeyPEM})

	l := looptest.New(t)
	ctx, err := tlsconn.NewContext(tlsconn.ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM},
		CA: []string{ca.CertPEM}, RequestCert: true})
	require.NoError(t, err)
	var peerCN string
	var got strings.Builder
	var ln *tcp.Listener
	ln, err = tcp.Listen(l, tcp.ListenOptions{Host: "127.0.0.1"}, listener(func(c *tcp.Conn) {
		require.NoError(t, ln.Close())
		var sc *tlsconn.Conn
		sc = tlsconn.Start(c, ctx, tlsconn.ConnOptions{Server: true}, func(err error) {
			require.NoError(t, err)
			peerCN = sc.PeerCertificate().Subject[0].Value
			sc.Write([]byte("hello from core"), nil)
		})
		sc.SetHandler(tcptest.Handler{Data: func(b []byte) { got.Write(b) }, End: func() { sc.CloseWrite(nil) }})
	}))
	require.NoError(t, err)
	_, wait := node(t, dir, false, `
const tls = require('tls'), fs = require('fs');
const s = tls.connect({port: +process.argv[1], host: '127.0.0.1', servername: 'localhost', ca: fs.readFileSync('ca.pem'),
  cert: fs.readFileSync('cert.pem'), key: fs.readFileSync('key.pem')}, () => {
  console.log(JSON.stringify({authorized: s.authorized, cn: s.getPeerCertificate().subject.CN}));
  s.end('hello from node');
});
let got = '';
s.on('data', (d) => got += d);
s.on('close', () => console.log(JSON.stringify({got})));`, strconv.Itoa(ln.Addr().Port()))
	looptest.Run(t, l, runLimit)
	lines := wait()
	assert.Equal(t, []string{`{"authorized":true,"cn":"localhost"}`, `{"got":"hello from core"}`}, lines,
		"node verified the core's certificate and got its bytes")
	assert.Equal(t, "hello from node", got.String())
	assert.Equal(t, "node client", peerCN, "mutual TLS: the core verified node's certificate")
}

// listener adapts a function to tcp.ListenerHandler.
type listener func(c *tcp.Conn)

func (f listener) OnConnection(c *tcp.Conn) { f(c) }
func (listener) OnError(error)              {}
