package w3ctests

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/w3c/w3ctest"
)

// peerSet is every peer the scripts can reach, by the name that their
// environment variable W3C_<NAME> carries the port under.
type peerSet struct {
	ns        *namespace
	pki       *w3ctest.PKI
	certs     string // directory of the PEM files (W3C_CERTS)
	ports     map[string]int
	closers   []io.Closer
	wg        sync.WaitGroup
	closeOnce sync.Once
}

// env is the scripts' environment: W3C_<NAME>=port and W3C_CERTS.
func (p *peerSet) env() []string {
	env := []string{"W3C_CERTS=" + p.certs}
	for name, port := range p.ports {
		env = append(env, "W3C_"+name+"="+strconv.Itoa(port))
	}
	return env
}

// close stops every peer and waits for their goroutines.
func (p *peerSet) close() {
	p.closeOnce.Do(func() {
		for _, c := range p.closers {
			c.Close()
		}
		p.wg.Wait()
	})
}

// go runs fn on a goroutine the set waits for.
func (p *peerSet) goRun(fn func()) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		fn()
	}()
}

// startPeers makes the certificates and starts every peer; it must run
// inside the namespace.
func startPeers(dir string, ns *namespace) (*peerSet, error) {
	p := &peerSet{ns: ns, certs: filepath.Join(dir, "certs"), ports: map[string]int{}}
	if err := p.makeCerts(); err != nil {
		return nil, err
	}
	if err := p.startAll(); err != nil {
		p.close()
		return nil, err
	}
	return p, nil
}

// makeCerts makes the PKI and writes the PEM files the scripts read.
func (p *peerSet) makeCerts() error {
	pki, err := w3ctest.NewPKI()
	if err != nil {
		return err
	}
	p.pki = pki
	if err := os.MkdirAll(p.certs, 0o755); err != nil {
		return err
	}
	files := map[string]string{
		"ca.pem": pki.CA.CertPEM, "leaf.pem": pki.Leaf.CertPEM, "leaf-key.pem": pki.Leaf.KeyPEM,
		"client.pem": pki.Client.CertPEM, "client-key.pem": pki.Client.KeyPEM,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(p.certs, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// startAll starts the peers.
func (p *peerSet) startAll() error {
	self, err := w3ctest.NewCert(w3ctest.Spec{CommonName: "localhost", DNSNames: []string{"localhost"}})
	if err != nil {
		return err
	}
	past := time.Now().Add(-72 * time.Hour)
	expired, err := w3ctest.NewCert(w3ctest.Spec{CommonName: "localhost", DNSNames: []string{"localhost"},
		Issuer: p.pki.CA, NotBefore: past, NotAfter: past.Add(24 * time.Hour)})
	if err != nil {
		return err
	}
	leaf := p.pki.Leaf.TLS
	tlsConf := func(cert tls.Certificate, edit func(*tls.Config)) *tls.Config {
		c := &tls.Config{Certificates: []tls.Certificate{cert}}
		if edit != nil {
			edit(c)
		}
		return c
	}
	tcpPeers := []struct {
		name  string
		addr  string
		tls   *tls.Config
		serve func(net.Conn)
	}{
		{"ECHO", "127.0.0.1:0", nil, echo},
		{"ECHO6", "[::1]:0", nil, echo},
		{"TLS", "127.0.0.1:0", tlsConf(leaf, func(c *tls.Config) { c.NextProtos = []string{"imap", "http/1.1"} }), echo},
		{"TLS_SELF", "127.0.0.1:0", tlsConf(self.TLS, nil), echo},
		{"TLS_EXPIRED", "127.0.0.1:0", tlsConf(expired.TLS, nil), echo},
		{"TLS12", "127.0.0.1:0", tlsConf(leaf, func(c *tls.Config) { c.MaxVersion = tls.VersionTLS12 }), echo},
		{"TLS_CLIENTAUTH", "127.0.0.1:0", tlsConf(leaf, func(c *tls.Config) {
			c.ClientAuth = tls.RequireAndVerifyClientCert
			c.ClientCAs = p.pki.Pool()
		}), greetClient},
		{"TLS_SNI", "127.0.0.1:0", tlsConf(leaf, nil), reportSNI},
		{"SMTP", "127.0.0.1:0", nil, func(c net.Conn) { w3ctest.ServeSMTP(c, leaf) }},
		{"IMAP", "127.0.0.1:0", nil, func(c net.Conn) { w3ctest.ServeIMAP(c, leaf, true) }},
		{"IMAPS", "127.0.0.1:0", tlsConf(leaf, nil), func(c net.Conn) { w3ctest.ServeIMAP(c, leaf, false) }},
		{"RESET", "127.0.0.1:0", nil, reset},
		{"CLOSER", "127.0.0.1:0", nil, closer},
		{"SINK", "127.0.0.1:0", nil, sink(0)},
		{"LAZY_SINK", "127.0.0.1:0", nil, sink(300 * time.Millisecond)},
		{"SPLIT", "127.0.0.1:0", nil, split},
		{"SOURCE", "127.0.0.1:0", nil, source},
		{"TICKER", "127.0.0.1:0", nil, ticker},
		{"GARBAGE", "127.0.0.1:0", nil, garbage},
	}
	for _, tp := range tcpPeers {
		port, err := p.listenTCP(tp.addr, tp.tls, tp.serve)
		if err != nil {
			return fmt.Errorf("peer %s: %w", tp.name, err)
		}
		p.ports[tp.name] = port
	}
	if p.ports["BLACKHOLE"], err = p.blackHole(); err != nil {
		return err
	}
	if p.ports["REFUSED"], err = refusedPort(); err != nil {
		return err
	}
	if err := p.startWebSocketPeers(); err != nil {
		return err
	}
	for name, addr := range map[string]string{"UDP_ECHO": "127.0.0.1:0", "UDP_ECHO6": "[::1]:0"} {
		if p.ports[name], err = p.udpEcho(addr); err != nil {
			return err
		}
	}
	if p.ns != nil {
		if err := p.startMDNS(); err != nil {
			return err
		}
	}
	p.ports["CTL"], err = p.listenTCP("127.0.0.1:0", nil, p.control)
	return err
}

// listenTCP serves each connection of a new listener on its own
// goroutine, through TLS if cfg is set, and returns the port.
func (p *peerSet) listenTCP(addr string, cfg *tls.Config, serve func(net.Conn)) (int, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return 0, err
	}
	p.closers = append(p.closers, ln)
	p.goRun(func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.goRun(func() {
				defer c.Close()
				if cfg != nil {
					tc := tls.Server(c, cfg)
					if tc.Handshake() != nil {
						return
					}
					c = tc
				}
				serve(c)
			})
		}
	})
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// closeWrite sends FIN (close_notify first for TLS).
func closeWrite(c net.Conn) {
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		_ = cw.CloseWrite()
	}
}

// echo copies what it reads back until the peer's end, then ends too.
func echo(c net.Conn) {
	_, _ = io.Copy(c, c)
	closeWrite(c)
	_, _ = io.Copy(io.Discard, c)
}

// greetClient names the client certificate's subject, then echoes.
func greetClient(c net.Conn) {
	state := c.(*tls.Conn).ConnectionState()
	name := "nobody"
	if len(state.PeerCertificates) > 0 {
		name = state.PeerCertificates[0].Subject.CommonName
	}
	_, _ = io.WriteString(c, "hello "+name+"\n")
	echo(c)
}

// reportSNI says which server name the client sent, then echoes.
func reportSNI(c net.Conn) {
	name := c.(*tls.Conn).ConnectionState().ServerName
	if name == "" {
		name = "(none)"
	}
	_, _ = io.WriteString(c, "sni "+name+"\n")
	echo(c)
}

// reset reads one byte and resets the connection.
func reset(c net.Conn) {
	_, _ = c.Read(make([]byte, 1))
	_ = c.(*net.TCPConn).SetLinger(0)
}

// closer says bye and closes at once.
func closer(c net.Conn) {
	_, _ = io.WriteString(c, "bye\n")
}

// split sends "a€b" and then a lone lead byte, cutting the euro sign's
// three bytes across packets.
func split(c net.Conn) {
	_ = c.(*net.TCPConn).SetNoDelay(true)
	euro := []byte("\u20ac")
	for _, part := range [][]byte{{'a', euro[0]}, euro[1:2], {euro[2], 'b'}, {0xe2}} {
		_, _ = c.Write(part)
		time.Sleep(30 * time.Millisecond)
	}
}

// ticker sends "tick N\n" ten times, 20 ms apart, then closes.
func ticker(c net.Conn) {
	for i := range 10 {
		if _, err := fmt.Fprintf(c, "tick %d\n", i); err != nil {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// garbage plays the start of a STARTTLS dialogue and then answers the
// handshake with text.
func garbage(c net.Conn) {
	_, _ = io.WriteString(c, "220 ready\r\n")
	buf := make([]byte, 1024)
	if _, err := c.Read(buf); err != nil {
		return
	}
	_, _ = io.WriteString(c, "220 go ahead\r\n")
	if _, err := c.Read(buf); err != nil {
		return
	}
	_, _ = io.WriteString(c, "this is not TLS at all\r\n\r\n")
	_, _ = io.Copy(io.Discard, c)
}

// blackHole returns a port whose listener never completes a handshake:
// its backlog is full and it never accepts, so further SYNs are dropped
// and connecting times out.
func (p *peerSet) blackHole() (int, error) {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return 0, err
	}
	p.closers = append(p.closers, fdCloser(fd))
	if err := unix.Bind(fd, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		return 0, err
	}
	if err := unix.Listen(fd, 0); err != nil {
		return 0, err
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return 0, err
	}
	port := sa.(*unix.SockaddrInet4).Port
	for range 8 {
		c, err := net.DialTimeout("tcp4", "127.0.0.1:"+strconv.Itoa(port), 200*time.Millisecond)
		if err != nil {
			return port, nil
		}
		p.closers = append(p.closers, c)
	}
	return 0, errors.New("the black hole kept accepting connections")
}

// fdCloser closes a raw descriptor.
type fdCloser int

func (fd fdCloser) Close() error { return unix.Close(int(fd)) }

// refusedPort returns a port nothing listens on.
func refusedPort() (int, error) {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// udpEcho echoes datagrams to their sender.
func (p *peerSet) udpEcho(addr string) (int, error) {
	pc, err := net.ListenPacket("udp", addr)
	if err != nil {
		return 0, err
	}
	p.closers = append(p.closers, pc)
	p.goRun(func() {
		buf := make([]byte, 65536)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			_, _ = pc.WriteTo(buf[:n], from)
		}
	})
	return pc.LocalAddr().(*net.UDPAddr).Port, nil
}
