package w3ctests

import (
	"bufio"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/ipv4"

	"github.com/nodeshim/nodeshim/w3c/w3ctest"
)

// commandTimeout bounds one control command.
const commandTimeout = 20 * time.Second

// control serves the W3C_CTL peer: a script connects, sends one command
// line and gets one reply line ("ok ..." or "fail ...") once the harness
// has carried the command out, from inside the namespace. Commands let
// scripts be the target of Go clients and UDP senders:
//
//	talk PORT TEXT             send TEXT and a newline, half-close, read to the end
//	clients PORT N             N concurrent connections, each sends "hello I" and waits for its echo
//	tls-client PORT ALPN CERT  TLS to the script (ALPN and CERT "client" or "-"), send "hello", read a line
//	smtp-client PORT           SMTP with STARTTLS against the script
//	imap-client PORT           IMAP with STARTTLS against the script
//	rst-client PORT            connect, send "x", reset
//	udp-send PORT COUNT SIZE   COUNT datagrams "I:xxx..." of SIZE bytes from 127.0.0.1
//	udp-send-from SRC PORT TEXT one datagram from address SRC
//	mcast-send SRC GROUP PORT TEXT one multicast datagram from SRC out of lo
//	ts-send GROUP PORT N       N datagrams of seven MPEG-TS packets each
func (p *peerSet) control(c net.Conn) {
	if err := p.ns.enter(); err != nil {
		fmt.Fprintf(c, "fail %v\n", err)
		return
	}
	_ = c.SetDeadline(time.Now().Add(commandTimeout))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return
	}
	reply, err := p.command(strings.Fields(line))
	if err != nil {
		reply = "fail " + err.Error()
	} else {
		reply = "ok " + reply
	}
	fmt.Fprintln(c, strings.TrimSpace(reply))
	closeWrite(c)
}

// command carries out one command.
func (p *peerSet) command(args []string) (string, error) {
	if len(args) < 2 {
		return "", errors.New("usage: COMMAND PORT ...")
	}
	cmd, target := args[0], args[1]
	rest := args[2:]
	switch cmd {
	case "talk":
		return talk(target, strings.Join(rest, " "))
	case "clients":
		return clients(target, atoi(rest, 0))
	case "tls-client":
		return p.tlsClient(target, word(rest, 0), word(rest, 1))
	case "smtp-client", "imap-client":
		c, err := dial(target)
		if err != nil {
			return "", err
		}
		defer c.Close()
		cfg := &tls.Config{RootCAs: p.pki.Pool(), ServerName: "localhost"}
		if cmd == "smtp-client" {
			return smtpClient(c, cfg)
		}
		return imapClient(c, cfg)
	case "rst-client":
		c, err := dial(target)
		if err != nil {
			return "", err
		}
		_, _ = c.Write([]byte("x"))
		time.Sleep(50 * time.Millisecond)
		_ = c.(*net.TCPConn).SetLinger(0)
		return "reset", c.Close()
	case "udp-send":
		return udpSend("127.0.0.1", target, atoi(rest, 0), atoi(rest, 1))
	case "udp-send-from":
		return udpSendText(target, word(rest, 0), strings.Join(rest[1:], " "))
	case "mcast-send":
		return mcastSend(target, word(rest, 0), word(rest, 1), strings.Join(rest[2:], " "))
	case "ts-send":
		return tsSend(target, word(rest, 0), atoi(rest, 1))
	}
	return "", fmt.Errorf("unknown command %q", cmd)
}

// word returns args[i] or "".
func word(args []string, i int) string {
	if i < len(args) {
		return args[i]
	}
	return ""
}

// atoi returns args[i] as a number, 0 when absent or malformed.
func atoi(args []string, i int) int {
	n, _ := strconv.Atoi(word(args, i))
	return n
}

// dial connects to a script's port on 127.0.0.1.
func dial(port string) (net.Conn, error) {
	c, err := net.DialTimeout("tcp4", "127.0.0.1:"+port, 5*time.Second)
	if err == nil {
		_ = c.SetDeadline(time.Now().Add(commandTimeout))
	}
	return c, err
}

// talk sends text and a newline, half-closes and returns what came back.
func talk(port, text string) (string, error) {
	c, err := dial(port)
	if err != nil {
		return "", err
	}
	defer c.Close()
	if _, err := io.WriteString(c, text+"\n"); err != nil {
		return "", err
	}
	closeWrite(c)
	data, err := io.ReadAll(c)
	return strconv.Quote(string(data)), err
}

// clients opens n connections (from this goroutine, which is in the
// namespace, so that every socket is), then on each at once sends a line
// and waits for its echo; all stay open until every echo has come back.
func clients(port string, n int) (string, error) {
	conns := make([]net.Conn, 0, n)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for range n {
		c, err := dial(port)
		if err != nil {
			return "", err
		}
		conns = append(conns, c)
	}
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			msg := fmt.Sprintf("hello %d\n", i)
			if _, err := io.WriteString(c, msg); err != nil {
				errs <- err
				return
			}
			got, err := bufio.NewReader(c).ReadString('\n')
			if err == nil && got != msg {
				err = fmt.Errorf("connection %d got %q", i, got)
			}
			if err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return "", err
	}
	return strconv.Itoa(n), nil
}

// tlsClient connects with TLS (trusting the test CA, naming localhost),
// offering alpn and the client certificate when asked, sends "hello" and
// reads a line.
func (p *peerSet) tlsClient(port, alpn, cert string) (string, error) {
	cfg := &tls.Config{RootCAs: p.pki.Pool(), ServerName: "localhost"}
	if alpn != "" && alpn != "-" {
		cfg.NextProtos = strings.Split(alpn, ",")
	}
	if cert == "client" {
		cfg.Certificates = []tls.Certificate{p.pki.Client.TLS}
	}
	raw, err := dial(port)
	if err != nil {
		return "", err
	}
	c := tls.Client(raw, cfg)
	defer c.Close()
	if err := c.Handshake(); err != nil {
		return "", err
	}
	if _, err := io.WriteString(c, "hello\n"); err != nil {
		return "", err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return "", err
	}
	proto := c.ConnectionState().NegotiatedProtocol
	if proto == "" {
		proto = "-"
	}
	return strings.TrimSpace(line) + " " + proto + " TLSv" + tlsName(c), nil
}

// udpSend sends count datagrams of size bytes ("I:" then 'x's) from a
// fresh socket on src.
func udpSend(src, port string, count, size int) (string, error) {
	c, err := net.Dial("udp4", "127.0.0.1:"+port)
	if err != nil {
		return "", err
	}
	defer c.Close()
	for i := range count {
		msg := []byte(strconv.Itoa(i) + ":")
		for len(msg) < size {
			msg = append(msg, 'x')
		}
		if _, err := c.Write(msg); err != nil {
			return "", err
		}
	}
	return strconv.Itoa(count), nil
}

// udpSendText sends one datagram from address src.
func udpSendText(src, port, text string) (string, error) {
	c, err := net.DialUDP("udp", &net.UDPAddr{IP: net.ParseIP(src)}, &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: atoi([]string{port}, 0)})
	if err != nil {
		return "", err
	}
	defer c.Close()
	_, err = c.Write([]byte(text))
	return "sent", err
}

// mcastConn opens a socket on src that sends multicast out of lo with
// loopback on.
func mcastConn(src string) (*ipv4.PacketConn, net.PacketConn, error) {
	pc, err := net.ListenPacket("udp4", src+":0")
	if err != nil {
		return nil, nil, err
	}
	p := ipv4.NewPacketConn(pc)
	lo, err := net.InterfaceByName("lo")
	if err == nil {
		err = p.SetMulticastInterface(lo)
	}
	if err == nil {
		err = p.SetMulticastLoopback(true)
	}
	if err != nil {
		pc.Close()
		return nil, nil, err
	}
	return p, pc, nil
}

// mcastSend sends one datagram to group:port from src.
func mcastSend(src, group, port, text string) (string, error) {
	p, pc, err := mcastConn(src)
	if err != nil {
		return "", err
	}
	defer pc.Close()
	_, err = p.WriteTo([]byte(text), nil, &net.UDPAddr{IP: net.ParseIP(group), Port: atoi([]string{port}, 0)})
	return "sent", err
}

// tsSend sends n datagrams of seven 188-byte MPEG-TS packets each (sync
// byte 0x47, PID 0x100, continuity counter counting) to group:port.
func tsSend(group, port string, n int) (string, error) {
	p, pc, err := mcastConn("127.0.0.1")
	if err != nil {
		return "", err
	}
	defer pc.Close()
	to := &net.UDPAddr{IP: net.ParseIP(group), Port: atoi([]string{port}, 0)}
	cc := 0
	for range n {
		if _, err := p.WriteTo(w3ctest.TSDatagram(0x100, &cc), nil, to); err != nil {
			return "", err
		}
		time.Sleep(time.Millisecond)
	}
	return strconv.Itoa(n * 7), nil
}
