package dns

import (
	"encoding/binary"
	"io"
	"net"
	"net/netip"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/dns/dnsmessage"
)

// fakeServer is a DNS server on 127.0.0.1, over UDP and TCP on the same
// port, answering from a function of the question.
type fakeServer struct {
	addr   netip.AddrPort
	answer func(q dnsmessage.Question, tcp bool) (dnsmessage.RCode, []dnsmessage.Resource, bool)

	mu      sync.Mutex
	queries []string // "udp A example.test."
}

// newFakeServer starts a server; answer returns the response code, the
// answer records, and whether to set the truncation bit.
func newFakeServer(t *testing.T, answer func(q dnsmessage.Question, tcp bool) (dnsmessage.RCode, []dnsmessage.Resource, bool)) *fakeServer {
	t.Helper()
	pc, ln, port := listenBoth(t)
	s := &fakeServer{addr: netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), uint16(port)), answer: answer}
	t.Cleanup(func() { pc.Close(); ln.Close() })
	go s.serveUDP(pc)
	go s.serveTCP(ln)
	return s
}

// listenBoth finds a port free for both UDP and TCP: the UDP port the kernel
// picks may already be taken for TCP by another test, so it tries again.
func listenBoth(t *testing.T) (net.PacketConn, net.Listener, int) {
	t.Helper()
	for range 20 {
		pc, err := net.ListenPacket("udp", "127.0.0.1:0")
		require.NoError(t, err)
		port := pc.LocalAddr().(*net.UDPAddr).Port
		ln, err := net.Listen("tcp", netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), uint16(port)).String())
		if err == nil {
			return pc, ln, port
		}
		pc.Close()
	}
	t.Fatal("no port free for both UDP and TCP")
	return nil, nil, 0
}

func (s *fakeServer) serveUDP(pc net.PacketConn) {
	buf := make([]byte, 512)
	for {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		if resp := s.respond(buf[:n], false); resp != nil {
			_, _ = pc.WriteTo(resp, from)
		}
	}
}

func (s *fakeServer) serveTCP(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			var size [2]byte
			if _, err := io.ReadFull(c, size[:]); err != nil {
				return
			}
			q := make([]byte, binary.BigEndian.Uint16(size[:]))
			if _, err := io.ReadFull(c, q); err != nil {
				return
			}
			resp := s.respond(q, true)
			_, _ = c.Write(append(binary.BigEndian.AppendUint16(nil, uint16(len(resp))), resp...))
		}()
	}
}

// respond builds the response to a query, or nil to stay silent.
func (s *fakeServer) respond(query []byte, tcp bool) []byte {
	var msg dnsmessage.Message
	if msg.Unpack(query) != nil || len(msg.Questions) != 1 {
		return nil
	}
	q := msg.Questions[0]
	proto := "udp"
	if tcp {
		proto = "tcp"
	}
	s.mu.Lock()
	s.queries = append(s.queries, proto+" "+typeName(q.Type)+" "+q.Name.String())
	s.mu.Unlock()
	rcode, answers, truncated := s.answer(q, tcp)
	if rcode == silent {
		return nil
	}
	resp := dnsmessage.Message{
		Header:    dnsmessage.Header{ID: msg.ID, Response: true, RecursionAvailable: true, RCode: rcode, Truncated: truncated},
		Questions: msg.Questions,
		Answers:   answers,
	}
	if rcode == badID {
		resp.ID++
		resp.RCode = dnsmessage.RCodeSuccess
	}
	b, err := resp.Pack()
	if err != nil {
		panic(err)
	}
	return b
}

// Pseudo response codes of answer: stay silent, or answer with another ID.
const (
	silent dnsmessage.RCode = 0x7f0
	badID  dnsmessage.RCode = 0x7f1
)

// seen returns the queries received so far.
func (s *fakeServer) seen() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.queries...)
}

// rr builds an answer record for name.
func rr(name string, ttl uint32, body dnsmessage.ResourceBody) dnsmessage.Resource {
	var t dnsmessage.Type
	switch body.(type) {
	case *dnsmessage.AResource:
		t = dnsmessage.TypeA
	case *dnsmessage.AAAAResource:
		t = dnsmessage.TypeAAAA
	case *dnsmessage.MXResource:
		t = dnsmessage.TypeMX
	case *dnsmessage.SRVResource:
		t = dnsmessage.TypeSRV
	case *dnsmessage.TXTResource:
		t = dnsmessage.TypeTXT
	case *dnsmessage.PTRResource:
		t = dnsmessage.TypePTR
	}
	return dnsmessage.Resource{
		Header: dnsmessage.ResourceHeader{Name: dnsmessage.MustNewName(name), Type: t, Class: dnsmessage.ClassINET, TTL: ttl},
		Body:   body,
	}
}
