package e2e

import (
	"strconv"
	"strings"
	"testing"

	"github.com/nodeshim/nodeshim/core/internal/crlf"
	"github.com/nodeshim/nodeshim/core/internal/tcptest"
	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/core/tlsconn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSTARTTLSWithNodeAsServer(t *testing.T) {
	// Node's server upgrades with new tls.TLSSocket(socket, {isServer});
	// the core client upgrades after the go-ahead and pipelines its
	// commands before the handshake completes.
	ca, leaf := testcert.Localhost(t)
	dir := writeFiles(t, map[string]string{"cert.pem": leaf.CertPEM, "key.pem": leaf.KeyPEM})
	port, wait := node(t, dir, true, `
const net = require('net'), tls = require('tls'), fs = require('fs');
const srv = net.createServer((sock) => {
  sock.write('220 hello\r\n');
  let buf = '';
  const onData = (d) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\r\n')) >= 0) {
      const line = buf.slice(0, i); buf = buf.slice(i + 2);
      if (line !== 'STARTTLS') { sock.write('500 clear ' + line + '\r\n'); continue; }
      sock.removeListener('data', onData);
      sock.write('220 go ahead\r\n');
      const s = new tls.TLSSocket(sock, {isServer: true, secureContext: tls.createSecureContext({cert: fs.readFileSync('cert.pem'), key: fs.readFileSync('key.pem')})});
      let sbuf = '';
      s.on('data', (d) => {
        sbuf += d;
        let j;
        while ((j = sbuf.indexOf('\r\n')) >= 0) {
          const l = sbuf.slice(0, j); sbuf = sbuf.slice(j + 2);
          if (l === 'QUIT') { s.end('221 bye\r\n'); srv.close(); } else s.write('250 ' + l + ' (' + s.getProtocol() + ')\r\n');
        }
      });
      return;
    }
  };
  sock.on('data', onData);
});
srv.listen(0, '127.0.0.1', () => console.log(srv.address().port));`)
	p, err := strconv.Atoi(port)
	require.NoError(t, err)

	l := looptest.New(t)
	ctx, err := tlsconn.NewContext(tlsconn.ContextOptions{CA: []string{ca.CertPEM}})
	require.NoError(t, err)
	var transcript []string
	var c *tcp.Conn
	c = tcp.Dial(l, tcp.DialOptions{Host: "127.0.0.1", Port: p}, func(err error) { require.NoError(t, err) })
	lp := &crlf.Lines{}
	secure := false
	lp.OnLine = func(line string) {
		transcript = append(transcript, line)
		switch {
		case line == "220 hello":
			c.Write([]byte("NOOP\r\nSTARTTLS\r\n"), nil)
		case line == "220 go ahead":
			secure = true
			tlsconn.Start(c, ctx, tlsconn.ConnOptions{Host: "localhost", Pending: lp.Rest()}, func(err error) { require.NoError(t, err) })
			c.Write([]byte("MAIL one\r\n"), nil)
			c.Write([]byte("MAIL two\r\nQUIT\r\n"), nil)
		case strings.HasPrefix(line, "221"):
			c.CloseWrite(nil)
		}
	}
	c.SetHandler(tcptest.Handler{Data: lp.Feed})
	looptest.Run(t, l, runLimit)
	wait()
	assert.True(t, secure)
	assert.Equal(t, []string{"220 hello", "500 clear NOOP", "220 go ahead",
		"250 MAIL one (TLSv1.3)", "250 MAIL two (TLSv1.3)", "221 bye"}, transcript)
}

func TestSTARTTLSWithNodeAsClient(t *testing.T) {
	// The core server answers STARTTLS and upgrades; Node's client wraps
	// its socket with tls.connect({socket}) once it has read the go-ahead.
	ca, leaf := testcert.Localhost(t)
	dir := writeFiles(t, map[string]string{"ca.pem": ca.CertPEM})
	l := looptest.New(t)
	ctx, err := tlsconn.NewContext(tlsconn.ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}})
	require.NoError(t, err)
	var got []string
	var ln *tcp.Listener
	ln, err = tcp.Listen(l, tcp.ListenOptions{Host: "127.0.0.1"}, listener(func(c *tcp.Conn) {
		require.NoError(t, ln.Close())
		lp := &crlf.Lines{}
		lp.OnLine = func(line string) {
			got = append(got, line)
			switch line {
			case "STARTTLS":
				c.Write([]byte("220 go ahead\r\n"), nil)
				sc := tlsconn.Start(c, ctx, tlsconn.ConnOptions{Server: true, Pending: lp.Rest()}, func(err error) { require.NoError(t, err) })
				sc.Write([]byte("250 secure hello\r\n"), nil)
			case "QUIT":
				c.Write([]byte("221 bye\r\n"), nil)
				c.CloseWrite(nil)
			}
		}
		c.SetHandler(tcptest.Handler{Data: lp.Feed})
	}))
	require.NoError(t, err)
	_, wait := node(t, dir, false, `
const net = require('net'), tls = require('tls'), fs = require('fs');
const sock = net.connect(+process.argv[1], '127.0.0.1', () => sock.write('EHLO\r\nSTARTTLS\r\n'));
sock.once('data', (d) => {
  if (String(d) !== '220 go ahead\r\n') { console.log('unexpected ' + JSON.stringify(String(d))); process.exit(1); }
  const s = tls.connect({socket: sock, servername: 'localhost', ca: fs.readFileSync('ca.pem')}, () => {
    console.log(s.authorized + ' ' + s.getProtocol());
    s.write('DATA\r\nQUIT\r\n');
  });
  s.on('data', (d) => process.stdout.write(String(d).replace(/\r\n/g, '\n')));
});`, strconv.Itoa(ln.Addr().Port()))
	looptest.Run(t, l, runLimit)
	out := wait()
	assert.Equal(t, []string{"true TLSv1.3", "250 secure hello", "221 bye"}, out)
	assert.Equal(t, []string{"EHLO", "STARTTLS", "DATA", "QUIT"}, got)
}
