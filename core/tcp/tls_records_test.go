package tcp

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRecordScan(t *testing.T) {
	record := func(body int) []byte {
		return append([]byte{23, 3, 3, byte(body >> 8), byte(body)}, make([]byte, body)...)
	}
	one, big, empty := record(70), record(300), record(0)
	cases := []struct {
		name  string
		reads [][]byte
		want  []bool // scan's answer for each read
	}{
		{"records one by one", [][]byte{one, big, empty, one}, []bool{true, true, true, true}},
		{"two records at once", [][]byte{append(bytes.Clone(one), big...), one}, []bool{false, true}},
		{"a header split", [][]byte{one[:3], one[3:], one}, []bool{false, false, true}},
		{"a body split", [][]byte{big[:100], big[100:], one}, []bool{false, false, true}},
		{"a record and a half", [][]byte{append(bytes.Clone(one), big[:4]...), big[4:], one}, []bool{false, false, true}},
		{"the rest and a record", [][]byte{one[:10], append(bytes.Clone(one[10:]), big...), one}, []bool{false, false, true}},
		{"byte by byte", splitBytes(one), append(make([]bool, len(one)-1), false)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var r recordScan
			for i, b := range c.reads {
				assert.Equal(t, c.want[i], r.scan(b), "read %d", i)
			}
		})
	}
}

// splitBytes returns b's bytes, each as a slice of its own.
func splitBytes(b []byte) [][]byte {
	out := make([][]byte, len(b))
	for i := range b {
		out[i] = b[i : i+1]
	}
	return out
}

// shapedConn is a Go peer's connection that sends the records crypto/tls
// writes, once shaping is on, the way a test asks: cut into pieces sent
// apart (a header or a body across reads), or held back and sent with the
// next one (two records, or one and a half, in one read).
type shapedConn struct {
	net.Conn
	shape string // "", "split", "glued" or "glued-split"
	held  []byte
}

func (s *shapedConn) Write(p []byte) (int, error) {
	b := p
	var cuts []int
	switch s.shape {
	case "split":
		cuts = []int{2, 3, 10}
	case "glued", "glued-split":
		if s.held == nil {
			s.held = bytes.Clone(p)
			return len(p), nil
		}
		b = append(s.held, p...)
		if s.shape == "glued-split" {
			cuts = []int{len(s.held) + 3}
		}
		s.held = nil
	}
	for _, k := range cuts {
		if k >= len(b) {
			break
		}
		if _, err := s.Conn.Write(b[:k]); err != nil {
			return 0, err
		}
		b = b[k:]
		// Apart, so that the reader most likely takes the piece alone.
		time.Sleep(time.Millisecond)
	}
	if _, err := s.Conn.Write(b); err != nil {
		return 0, err
	}
	return len(p), nil
}

// TestTLSRecordsInAnyChunks has a Go client send messages to a core echo
// server over TLS one or two at a time, waiting for each echo, with its
// records arriving whole, cut apart, two in one segment, or one and a half:
// every byte must come back in order, whatever part of a record each read
// of the core's holds (a record kept in crypto/tls unread would stall the
// exchange).
func TestTLSRecordsInAnyChunks(t *testing.T) {
	serverCfg, clientCfg := tlsConfigs(t)
	l := newLoop(t)
	var ln *Listener
	ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
		require.NoError(t, ln.Close())
		echoOn(t, c, "echo")
		c.StartTLS(TLSUpgrade{Config: serverCfg, Server: true}, func(err error) { require.NoError(t, err) })
	}})
	require.NoError(t, err)
	wait := goPeer(func() (net.Conn, error) { return net.Dial("tcp", ln.Addr().String()) }, func(conn net.Conn) error {
		if err := conn.SetDeadline(time.Now().Add(testTimeout / 2)); err != nil {
			return err
		}
		sc := &shapedConn{Conn: conn}
		tc := tls.Client(sc, clientCfg)
		if err := tc.Handshake(); err != nil {
			return err
		}
		for _, shape := range []string{"", "split", "glued", "glued-split", ""} {
			sc.shape = shape
			for _, size := range []int{1, 64, 3000, 40000} {
				msgs := [][]byte{blob(fmt.Sprint(shape, size, "a"), 1+size/64)[:size]}
				if shape == "glued" || shape == "glued-split" {
					msgs = append(msgs, blob(fmt.Sprint(shape, size, "b"), 1+size/64)[:size])
				}
				for _, m := range msgs {
					if _, err := tc.Write(m); err != nil {
						return err
					}
				}
				want := bytes.Join(msgs, nil)
				got := make([]byte, len(want))
				if _, err := io.ReadFull(tc, got); err != nil {
					return fmt.Errorf("shape %q, %d bytes: %w", shape, size, err)
				}
				if !bytes.Equal(got, want) {
					return fmt.Errorf("shape %q, %d bytes: the echo differs", shape, size)
				}
			}
		}
		sc.shape = ""
		if err := tc.CloseWrite(); err != nil {
			return err
		}
		rest, err := io.ReadAll(tc)
		if err == nil && len(rest) > 0 {
			err = fmt.Errorf("%d bytes after the last echo", len(rest))
		}
		return err
	})
	run(t, l)
	require.NoError(t, wait())
}
